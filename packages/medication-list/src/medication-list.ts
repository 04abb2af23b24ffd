import { html, nothing, svg, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  DataController,
  intlLocale,
  renderDataState,
  renderSourceView,
  SamFhirElement,
  selectEvent,
  type Locale,
  type SamSelectDetail,
} from '@samspill/core';
import { medicationMessages } from './medication-list.i18n.js';
import { medicationLabels, type MedicationLabels } from './medication-list.labels.js';
import { loadMedications } from './medication-list.load.js';
import { medicationRows } from './medication-list.model.js';
import { medicationListStyles } from './medication-list.styles.js';
import {
  filterMedications,
  groupMedications,
  sortMedications,
  type MedicationGroup,
  type MedicationSortKey,
} from './medication-order.js';
import { MEDICATION_STATUSES, type MedicationRow, type MedicationStatus } from './medication-row.js';

/** What `sam-select` carries: the row chosen (`item`) and the raw resources behind it. */
export type MedicationSelectDetail = SamSelectDetail<'medication', MedicationRow>;

export type SortDirection = 'ascending' | 'descending';

/**
 * Rows rendered per group before "Vis flere". A long-lived patient has a thousand entries or more
 * (see the fixtures' large patient); a table of all of them at once is tens of thousands of nodes
 * and a noticeable freeze inside the EHR. Print shows everything.
 */
export const MEDICATION_PAGE_SIZE = 25;

/** Container width (px) from which rows are a table; narrower, each row is a card in a list. */
const WIDE = 640;

const COLUMNS = 7;

/** Other medicines a duplicate note names before "and N more". */
const DUPLICATES_NAMED = 3;

const ICONS = {
  chevron: svg`<path d="m6 4 4 4-4 4"/>`,
  sort: svg`<path d="M5 6l3-3 3 3M5 10l3 3 3-3"/>`,
  ascending: svg`<path d="M4 10l4-4 4 4"/>`,
  descending: svg`<path d="M4 6l4 4 4-4"/>`,
  attention: svg`<path d="M8 1.5 15 14H1z"/><path d="M8 6v4M8 12h.01"/>`,
  duplicate: svg`<rect x="1.5" y="4.5" width="8" height="10" rx="1"/><path d="M6.5 4.5v-2a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-4"/>`,
  problem: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5v4M8 11h.01"/>`,
  pll: svg`<path d="M3 2.5h10v11H3z"/><path d="M5.5 6h5M5.5 8.5h5M5.5 11h3"/>`,
  multidose: svg`<rect x="1.5" y="3.5" width="13" height="9" rx="1"/><path d="M6 3.5v9M10.5 3.5v9"/>`,
  guardianReservation: svg`<path d="M8 1.5 14 4v4c0 3.5-2.6 5.7-6 6.5C4.6 13.7 2 11.5 2 8V4z"/>`,
  selfReported: svg`<circle cx="8" cy="5" r="3"/><path d="M2.5 14.5c.7-3 2.9-4.5 5.5-4.5s4.8 1.5 5.5 4.5"/>`,
} as const;

const FLAGS = ['pll', 'multidose', 'guardianReservation', 'selfReported'] as const;

function icon(shape: keyof typeof ICONS): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${ICONS[shape]}</svg>`;
}

interface View {
  readonly rows: readonly MedicationRow[];
  readonly byKey: ReadonlyMap<string, MedicationRow>;
}

/**
 * A patient's medications across PLL, prescriptions and dispenses: "Legemidler i bruk" grouped by bruk
 * (Fast, Kur, Ved behov, Annet) the way Kjernejournal groups them, then "Tidligere legemidler" apart.
 * Paused medicines and possible duplicates are drawn to attention in words and icons. Each row opens
 * to its full details and raw FHIR source. Rows are sortable, filterable and searchable.
 *
 * Give it a `source` and `patient` (or sit inside `<sam-fhir-context>`), or `.resources` alone.
 *
 * @summary A patient's medication list, grouped by bruk, current apart from past.
 *
 * @attr patient - The patient to show (logical id, `Patient/` optional); else the context's. Inherited from core.
 * @attr locale - `nb` (default), `nn` or `en`; else the context's, else the nearest `lang`. Inherited from core.
 * @prop {FhirSource | undefined} source - Where FHIR data comes from; overrides the context's. Inherited from core.
 * @prop {ResourceInput | undefined} resources - Resources or Bundles to show instead of searching a source. Inherited from core.
 *
 * @fires sam-select - A row was chosen (its name activated). `detail: { kind: 'medication', item: row, resources }`; bubbles, composed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart controls - The sort, filter and search controls.
 * @csspart section - Each of the current and past sections.
 * @csspart heading - The section headings.
 * @csspart table - The table (wide containers).
 * @csspart list - The card list (narrow containers).
 * @csspart row - One medication: a table row or a card.
 * @csspart details - The expanded details of a row.
 * @csspart source - The raw FHIR JSON of a row.
 *
 * @cssprop --sam-medication-list-gap - Space between sections and groups.
 * @cssprop --sam-medication-list-row-border - The line between rows.
 * @cssprop --sam-medication-list-past-surface - Background of the past medicines section.
 * @cssprop --sam-medication-list-attention-surface - Background of rows on hold.
 * @cssprop --sam-medication-list-attention-border - Edge marking rows on hold.
 */
export class SamMedicationList extends SamFhirElement {
  static override styles = medicationListStyles;

  /** Column the rows are sorted by; the model's default order when unset. */
  @state() protected sortKey: MedicationSortKey | undefined;
  @state() protected sortDirection: SortDirection = 'ascending';
  @state() protected statusFilter: MedicationStatus | '' = '';
  @state() protected sourceFilter = '';
  @state() protected query = '';
  @state() protected expanded = new Set<string>();
  @state() protected sourceShown = new Set<string>();
  @state() protected shownPerGroup = new Map<string, number>();
  @state() protected layout: 'table' | 'list' = 'table';
  @state() protected printing = false;
  /** Set once the reader sorts, filters or searches, so the count is announced only then. */
  @state() protected touched = false;

  protected readonly medications = new DataController<MedicationRow[]>(this, {
    args: () => [this.dataSource, this.patientId, this.resources, this.effectiveLocale],
    ready: () => this.dataSource !== undefined && (this.patientId !== undefined || this.resources !== undefined),
    isEmpty: (rows) => rows.length === 0,
    load: async (signal) => {
      const locale = this.effectiveLocale;
      const patient = this.patientId;
      // Resources without a patient: everything given is the list.
      if (patient === undefined) return { data: medicationRows(this.resources, { locale }), failures: [] };
      const source = this.dataSource;
      if (source === undefined) return { data: [], failures: [] };
      const loaded = await loadMedications(source, patient, { signal });
      return { data: medicationRows(loaded.resources, { locale, related: loaded.related }), failures: loaded.failures };
    },
  });

  private readonly ids = new Map<string, number>();
  private memo: { key: readonly unknown[]; view: View } | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private frame = 0;
  private readonly beforePrint = (): void => {
    this.printing = true;
  };
  private readonly afterPrint = (): void => {
    this.printing = false;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // One form at a time, chosen by measured width, rather than one DOM restyled by a container query:
    // a table restyled into blocks loses its table semantics in some browsers (WebKit), and a list
    // styled as a table has no column headers; rendering both would double a thousand-row DOM.
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      // Next frame: changing layout inside the callback would resize what is observed in the same pass.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        const next = width === 0 || width >= WIDE ? 'table' : 'list';
        if (next !== this.layout) this.layout = next;
      });
    });
    this.resizeObserver.observe(this);
    window.addEventListener('beforeprint', this.beforePrint);
    window.addEventListener('afterprint', this.afterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    cancelAnimationFrame(this.frame);
    window.removeEventListener('beforeprint', this.beforePrint);
    window.removeEventListener('afterprint', this.afterPrint);
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const t = medicationLabels[locale];
    return html`<div part="base" class="base" lang=${locale}>
      ${renderDataState(this.medications, {
        locale,
        empty: t.empty,
        describe: (rows) => t.medicines(rows.length),
        data: (rows) => this.renderList(rows, locale),
      })}
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // The list

  private view(all: readonly MedicationRow[], locale: Locale): View {
    const key = [all, locale, this.sortKey, this.sortDirection, this.statusFilter, this.sourceFilter, this.query];
    if (this.memo?.key.every((value, i) => value === key[i])) return this.memo.view;
    const filtered = filterMedications(all, {
      ...(this.statusFilter ? { statuses: [this.statusFilter] } : {}),
      ...(this.sourceFilter ? { sources: [this.sourceFilter] } : {}),
      text: this.query,
    });
    const rows = this.sortKey
      ? sortMedications(filtered, this.sortKey, { direction: this.sortDirection, locale })
      : filtered;
    const view = { rows, byKey: new Map(all.map((row) => [row.key, row])) };
    this.memo = { key, view };
    return view;
  }

  private renderList(all: readonly MedicationRow[], locale: Locale): TemplateResult {
    const t = medicationLabels[locale];
    const m = medicationMessages[locale];
    const { rows, byKey } = this.view(all, locale);
    const groups = groupMedications(rows, { locale });
    const filtering = this.statusFilter !== '' || this.sourceFilter !== '' || this.query.trim() !== '';
    const attention = groups.attention.length;
    const table = this.layout === 'table' || this.printing;
    return html`
      ${this.renderControls(all, locale, table)}
      <p class="count" role="status">${this.touched ? t.showing(rows.length, all.length) : ''}</p>
      ${
        rows.length === 0
          ? html`<p class="sam-empty">${t.noMatch}</p>`
          : html`
              <section part="section" class="section current" aria-labelledby="current-heading">
                <h2 part="heading" id="current-heading">${t.current}</h2>
                ${
                  attention > 0
                    ? html`<p class="note attention summary">${icon('attention')}${t.attentionSummary(attention)}</p>`
                    : nothing
                }
                ${
                  groups.current.length === 0
                    ? html`<p class="sam-empty">${filtering ? t.noMatch : t.noCurrent}</p>`
                    : table
                      ? this.renderTable(t.current, groups.current, true, byKey, locale)
                      : groups.current.map((group) => this.renderCards(group, true, byKey, locale))
                }
              </section>
              ${
                groups.past.rows.length === 0
                  ? nothing
                  : html`<section part="section" class="section past" aria-labelledby="past-heading">
                      <h2 part="heading" id="past-heading">${m.past}</h2>
                      ${
                        table
                          ? this.renderTable(m.past, [groups.past], false, byKey, locale)
                          : this.renderCards(groups.past, false, byKey, locale)
                      }
                    </section>`
              }
            `
      }
    `;
  }

  private renderControls(all: readonly MedicationRow[], locale: Locale, table: boolean): TemplateResult {
    const t = medicationLabels[locale];
    const m = medicationMessages[locale];
    const present = new Set(all.map((row) => row.status));
    const statuses = MEDICATION_STATUSES.filter((status) => present.has(status));
    const collator = new Intl.Collator(intlLocale(locale), { sensitivity: 'base' });
    const sources = [...new Set(all.map((row) => row.source.label))].sort((a, b) => collator.compare(a, b));
    const sortValue = this.sortKey ? `${this.sortKey}:${this.sortDirection}` : '';
    return html`<div part="controls" class="controls" role="group" aria-label=${t.controls}>
      ${
        table
          ? nothing
          : html`<label class="control"
              ><span>${t.sortBy}</span>
              <select .value=${sortValue} @change=${this.onSortSelect}>
                <option value="" ?selected=${sortValue === ''}>${t.defaultOrder}</option>
                ${(['name', 'start', 'status'] as const).flatMap((key) =>
                  (['ascending', 'descending'] as const).map(
                    (direction) =>
                      html`<option value="${key}:${direction}" ?selected=${sortValue === `${key}:${direction}`}>
                        ${this.columnLabel(key, t)}, ${t[direction]}
                      </option>`,
                  ),
                )}
              </select></label
            >`
      }
      <label class="control"
        ><span>${t.filterStatus}</span>
        <select @change=${this.onStatusFilter}>
          <option value="" ?selected=${this.statusFilter === ''}>${t.allStatuses}</option>
          ${statuses.map(
            (status) => html`<option value=${status} ?selected=${this.statusFilter === status}>${m[status]}</option>`,
          )}
        </select></label
      >
      <label class="control"
        ><span>${t.filterSource}</span>
        <select @change=${this.onSourceFilter}>
          <option value="" ?selected=${this.sourceFilter === ''}>${t.allSources}</option>
          ${sources.map(
            (source) => html`<option .value=${source} ?selected=${this.sourceFilter === source}>${source}</option>`,
          )}
        </select></label
      >
      <label class="control search"
        ><span>${t.search}</span> <input type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch}
      /></label>
    </div>`;
  }

  private columnLabel(key: MedicationSortKey, t: MedicationLabels): string {
    return key === 'name' ? t.name : key === 'start' ? t.start : t.status;
  }

  // ---------------------------------------------------------------------------------------------
  // Wide: one table per section, a tbody per bruk group

  private renderTable(
    caption: string,
    groups: readonly MedicationGroup[],
    current: boolean,
    byKey: ReadonlyMap<string, MedicationRow>,
    locale: Locale,
  ): TemplateResult {
    const t = medicationLabels[locale];
    const sorted = this.sortKey ? `, ${t.sortedBy(this.columnLabel(this.sortKey, t), t[this.sortDirection])}` : '';
    const header = (key: MedicationSortKey) => {
      const active = this.sortKey === key;
      return html`<th scope="col" aria-sort=${active ? this.sortDirection : 'none'}>
        <button
          class="sort"
          data-sort=${key}
          @click=${() => {
            this.sortBy(key);
          }}
        >
          ${this.columnLabel(key, t)}${icon(active ? this.sortDirection : 'sort')}
        </button>
      </th>`;
    };
    // Scrolls sideways within itself when the columns need more room than there is (WCAG 1.4.10
    // allows it for data tables), never the page; its buttons keep it reachable from the keyboard.
    return html`<div class="table-scroll">
      <table part="table" class="table">
        <caption class="sam-visually-hidden">
          ${caption}${sorted}
        </caption>
        <thead>
          <tr>
            ${header('name')}
            <th scope="col">${t.dosage}</th>
            ${header('status')} ${header('start')}
            <th scope="col">${t.end}</th>
            <th scope="col">${t.source}</th>
            <th scope="col"><span class="sam-visually-hidden">${t.details}</span></th>
          </tr>
        </thead>
        ${groups.map(
          (group) =>
            html`<tbody class="rows" data-group=${group.id}>
              ${
                current
                  ? html`<tr class="group-heading">
                      <th scope="rowgroup" colspan=${COLUMNS}><h3 id="group-${group.id}">${group.label}</h3></th>
                    </tr>`
                  : nothing
              }
              ${this.limited(group).map((row) => this.renderTableRow(row, current, byKey, locale))}
              ${this.renderMore(group, locale, true)}
            </tbody>`,
        )}
      </table>
    </div>`;
  }

  private renderTableRow(
    row: MedicationRow,
    current: boolean,
    byKey: ReadonlyMap<string, MedicationRow>,
    locale: Locale,
  ): TemplateResult {
    const t = medicationLabels[locale];
    const open = this.expanded.has(row.key);
    const id = this.idOf(row.key);
    return html`<tr part="row" class=${this.rowClass(row, current)} data-key=${row.key}>
        <th scope="row" class="name-cell">${this.renderName(row)} ${this.renderNotes(row, byKey, locale)}</th>
        <td class="dosage">${this.renderDosage(row)}</td>
        <td><sam-status status=${row.status} locale=${locale}></sam-status></td>
        <td class="date">${this.renderDate(row.start)}</td>
        <td class="date">${this.renderDate(row.end)}</td>
        <td>${this.renderSource(row)}</td>
        <td class="toggle-cell">${this.renderToggle(row, id, t)}</td>
      </tr>
      ${
        open
          ? html`<tr class="details-row" id="details-${id}">
              <td colspan=${COLUMNS}>${this.renderDetails(row, id, locale)}</td>
            </tr>`
          : nothing
      }`;
  }

  // ---------------------------------------------------------------------------------------------
  // Narrow: a list of cards per group

  private renderCards(
    group: MedicationGroup,
    current: boolean,
    byKey: ReadonlyMap<string, MedicationRow>,
    locale: Locale,
  ): TemplateResult {
    const t = medicationLabels[locale];
    const labelled = current ? `group-${group.id}` : 'past-heading';
    return html`<div class="group" data-group=${group.id}>
      ${current ? html`<h3 id=${labelled}>${group.label}</h3>` : nothing}
      <ul part="list" class="cards" aria-labelledby=${labelled}>
        ${this.limited(group).map((row) => {
          const id = this.idOf(row.key);
          return html`<li part="row" class="card ${this.rowClass(row, current)}" data-key=${row.key}>
            <div class="card-head">
              ${this.renderName(row)}
              <sam-status status=${row.status} locale=${locale}></sam-status>
            </div>
            ${this.renderNotes(row, byKey, locale)}
            <dl class="facts">
              ${this.fact(t.dosage, row.dosageLines.length ? this.renderDosage(row) : '')}
              ${this.fact(t.start, row.start ? this.renderDate(row.start) : '')}
              ${this.fact(t.end, row.end ? this.renderDate(row.end) : '')}
              ${this.fact(t.source, this.renderSource(row))}
            </dl>
            ${this.renderToggle(row, id, t, true)}
            ${
              this.expanded.has(row.key)
                ? html`<div id="details-${id}">${this.renderDetails(row, id, locale)}</div>`
                : nothing
            }
          </li>`;
        })}
      </ul>
      ${this.renderMore(group, locale, false)}
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Pieces shared by both forms

  private rowClass(row: MedicationRow, current: boolean): string {
    return [
      'row',
      current ? 'is-current' : 'is-past',
      row.attention ? 'is-attention' : '',
      row.problems.length ? 'has-problems' : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  private renderName(row: MedicationRow): TemplateResult {
    return html`<button
      class="name"
      @click=${() => {
        this.select(row);
      }}
    >
      ${row.name}
    </button>`;
  }

  private renderDosage(row: MedicationRow): TemplateResult | string {
    if (row.dosageLines.length <= 1) return row.dosageLines[0] ?? '';
    return html`<ul class="lines">
      ${row.dosageLines.map((line) => html`<li>${line}</li>`)}
    </ul>`;
  }

  private renderDate(date: MedicationRow['start']): TemplateResult | string {
    return date ? html`<time datetime=${date.value}>${date.text}</time>` : '';
  }

  private renderSource(row: MedicationRow): TemplateResult {
    return html`${row.source.label}${
      row.source.careLevelText ? html`<span class="quiet"> (${row.source.careLevelText})</span>` : nothing
    }`;
  }

  /** What needs a second look, each in words with an icon: on hold, possible duplicates, flags, problems. */
  private renderNotes(row: MedicationRow, byKey: ReadonlyMap<string, MedicationRow>, locale: Locale) {
    const t = medicationLabels[locale];
    const notes: TemplateResult[] = [];
    if (row.attention) notes.push(html`<li class="note attention">${icon('attention')}${t.attention}</li>`);
    const duplicates = row.possibleDuplicates.flatMap((key) => byKey.get(key) ?? []);
    if (duplicates.length > 0) {
      // One note however many: a substance current in seven rows is one warning, not six.
      const lists = listFormat(locale);
      const names = [...new Set(duplicates.map((other) => other.name))];
      const shown = names.slice(0, DUPLICATES_NAMED).map((name) => t.quoted(name));
      if (names.length > DUPLICATES_NAMED) shown.push(t.more(names.length - DUPLICATES_NAMED));
      const sources = [...new Set([row.source.label, ...duplicates.map((other) => other.source.label)])];
      notes.push(
        html`<li class="note duplicate">
          ${icon('duplicate')}${t.duplicate(lists.format(shown), lists.format(sources), sources.length)}
        </li>`,
      );
    }
    for (const flag of FLAGS) {
      if (row.flags[flag]) notes.push(html`<li class="note flag" data-flag=${flag}>${icon(flag)}${t[flag]}</li>`);
    }
    for (const problem of row.problems) {
      notes.push(html`<li class="note problem">${icon('problem')}${problem}</li>`);
    }
    return notes.length
      ? html`<ul class="notes">
          ${notes}
        </ul>`
      : nothing;
  }

  private renderToggle(row: MedicationRow, id: number, t: MedicationLabels, visibleLabel = false): TemplateResult {
    const open = this.expanded.has(row.key);
    return html`<button
      class="toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? `details-${id}` : nothing}
      @click=${() => {
        this.toggle('expanded', row.key);
      }}
    >
      ${icon('chevron')}${
        visibleLabel
          ? html`${t.details}<span class="sam-visually-hidden">: ${row.name}</span>`
          : html`<span class="sam-visually-hidden">${t.detailsFor(row.name)}</span>`
      }
    </button>`;
  }

  private renderMore(group: MedicationGroup, locale: Locale, inTable: boolean): TemplateResult | typeof nothing {
    const left = group.rows.length - this.limit(group);
    if (left <= 0) return nothing;
    const button = html`<button
      class="more"
      @click=${() => {
        this.shownPerGroup = new Map(this.shownPerGroup).set(group.id, this.limit(group) + MEDICATION_PAGE_SIZE);
      }}
    >
      ${medicationLabels[locale].showMore(left)}
    </button>`;
    return inTable
      ? html`<tr class="more-row">
          <td colspan=${COLUMNS}>${button}</td>
        </tr>`
      : html`<p class="more-row">${button}</p>`;
  }

  private renderDetails(row: MedicationRow, id: number, locale: Locale): TemplateResult {
    const t = medicationLabels[locale];
    const showSource = this.sourceShown.has(row.key);
    const prescriber = row.prescriber
      ? html`${row.prescriber.name}${
          row.prescriber.hpr
            ? html` <span class="quiet" title=${t.hpr(row.prescriber.hpr)}>(${t.hpr(row.prescriber.hpr)})</span>`
            : nothing
        }`
      : '';
    return html`<div part="details" class="details">
      <dl class="facts">
        ${this.fact(t.dosage, row.dosageLines.length ? this.renderDosage(row) : '')} ${this.fact(t.route, row.route)}
        ${this.fact(t.indication, row.indication)} ${this.fact(t.use, row.useText)} ${this.fact(t.form, row.form)}
        ${this.fact(t.strength, row.strength)}
        ${this.fact(t.atc, row.atc ? [row.atc.code, row.atc.display].filter(Boolean).join(' – ') : '')}
        ${this.fact(t.start, row.start ? this.renderDate(row.start) : '')}
        ${this.fact(t.end, row.end ? this.renderDate(row.end) : '')} ${this.fact(t.status, row.statusText)}
        ${this.fact(t.statusReason, row.statusReason)} ${this.fact(t.prescriber, prescriber)}
        ${this.fact(t.source, this.renderSource(row))}
        ${this.fact(t.dispensed, row.dispensed ? this.renderDate(row.dispensed) : '')}
        ${this.fact(t.lastChanged, row.lastChanged ? this.renderDate(row.lastChanged) : '')}
      </dl>
      ${
        row.history.length
          ? html`<h4 class="history-heading">${t.history}</h4>
              <ul class="history">
                ${row.history.map(
                  (older) =>
                    html`<li>
                      ${[older.periodText, older.statusText, older.prescriber?.name ?? '', older.dosageLines.join('; ')]
                        .filter(Boolean)
                        .join(' · ')}
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${renderSourceView({
        id: `source-${id}`,
        open: showSource,
        toggle: () => {
          this.toggle('sourceShown', row.key);
        },
        resources: row.resources,
        locale,
      })}
    </div>`;
  }

  private fact(label: string, value: TemplateResult | string): TemplateResult | typeof nothing {
    if (value === '') return nothing;
    return html`<div class="fact">
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // State changes

  private limit(group: MedicationGroup): number {
    return this.printing ? Number.POSITIVE_INFINITY : (this.shownPerGroup.get(group.id) ?? MEDICATION_PAGE_SIZE);
  }

  private limited(group: MedicationGroup): readonly MedicationRow[] {
    const limit = this.limit(group);
    return group.rows.length > limit ? group.rows.slice(0, limit) : group.rows;
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }

  private toggle(which: 'expanded' | 'sourceShown', key: string): void {
    const next = new Set(this[which]);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this[which] = next;
  }

  private sortBy(key: MedicationSortKey): void {
    this.sortDirection = this.sortKey === key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = key;
    this.touched = true;
  }

  private readonly onSortSelect = (event: Event): void => {
    const [key, direction] = (event.target as HTMLSelectElement).value.split(':');
    this.sortKey = key === 'name' || key === 'start' || key === 'status' ? key : undefined;
    this.sortDirection = direction === 'descending' ? 'descending' : 'ascending';
    this.touched = true;
  };

  private readonly onStatusFilter = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    this.statusFilter = (MEDICATION_STATUSES as readonly string[]).includes(value) ? (value as MedicationStatus) : '';
    this.touched = true;
  };

  private readonly onSourceFilter = (event: Event): void => {
    this.sourceFilter = (event.target as HTMLSelectElement).value;
    this.touched = true;
  };

  private readonly onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.touched = true;
  };

  private select(row: MedicationRow): void {
    this.dispatchEvent(selectEvent({ kind: 'medication', item: row, resources: row.resources }));
  }
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "a, b og c": built once per locale, used for every row. */
function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
}
