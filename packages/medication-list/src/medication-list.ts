import { adoptStyles, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  displayText,
  ElementIds,
  notGrantedTypes,
  renderDataState,
  renderFact,
  renderSkeleton,
  renderText,
  SamFhirElement,
  SamSelectEvent,
  statusPresentation,
  toggled,
  type SamSelectDetail,
} from '@samspill/core';
import { columnLabel, renderControls, type ListChoices, type SortDirection } from './medication-list.controls.js';
import { medicationMessages } from './medication-list.messages.js';
import { medicationLabels } from './medication-list.labels.js';
import { loadMedications } from './medication-list.load.js';
import { medicationRows } from './medication-list.model.js';
import { DayViewLoad, type DayView } from './medication-list.day-load.js';
import { icon, renderIconMasks } from './medication-list.icons.js';
import {
  renderDate,
  renderDetails,
  renderDosage,
  renderName,
  renderNotes,
  renderSource,
  renderToggle,
  rowClass,
  type RowContext,
} from './medication-list.row.js';
import { renderStatus } from './medication-list.status.js';
import { medicationListStyles } from './medication-list.styles.js';
import {
  filterMedications,
  groupMedications,
  sortMedications,
  type MedicationGroup,
  type MedicationSortKey,
} from './medication-order.js';
import type { MedicationRow } from './medication-row.js';
import { medicationListLocales } from './locales/pack.js';

export type { SortDirection } from './medication-list.controls.js';

/** The two views: the whole list grouped by bruk, or today's doses by part of the day. */
export type MedicationListView = 'list' | 'day';

/** What `sam-select` carries: the row chosen (`item`) and the raw resources behind it. */
export type MedicationSelectDetail = SamSelectDetail<'medication', MedicationRow>;

declare global {
  interface SamSelectItemMap {
    medication: MedicationRow;
  }
}

/**
 * Rows rendered per group before "Vis flere". A long-lived patient has a thousand entries or more
 * (see the fixtures' large patient); a table of all of them at once is tens of thousands of nodes
 * and a noticeable freeze inside the EHR. Print shows everything.
 */
export const MEDICATION_PAGE_SIZE = 25;

/** Container width (px) from which rows are a table; narrower, each row is a card in a list. */
const WIDE = 640;

const COLUMNS = 7;

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
 * @attr view - `list` (default): every medicine, grouped by bruk. `day`: today's doses by part of the day
 * (morgen … natt), "Ved behov" apart, and what cannot be placed at a time; read-only and printable.
 * @prop {Date | number | undefined} now - "Now": which medicines are current, and which day the day view shows. The clock when unset.
 * @prop {FhirSource | undefined} source - Where FHIR data comes from; overrides the context's. Inherited from core.
 * @prop {ResourceInput | undefined} resources - Resources or Bundles to show instead of searching a source. Inherited from core.
 *
 * @fires {SamSelectEvent} sam-select - A row was chosen (its name activated). `detail: { kind: 'medication', item: row, resources }`; bubbles, composed.
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
  static override localePacks = [...SamFhirElement.localePacks, medicationListLocales];
  /** The day view's module: an `import()`, so bundlers split it off and a page showing only the list never fetches it. */
  static loadDayView: () => Promise<DayView> = () => import('./medication-list.day.js');

  /** `list` (default) or `day`: today's doses by part of the day, for a home-care round and its printout. */
  @property({ reflect: true }) view: MedicationListView = 'list';

  /** "Now": what is current, and the day the day view shows (in Europe/Oslo). The clock when unset. */
  @property({ attribute: false }) now?: Date | number | undefined;

  /** Column the rows are sorted by; the model's default order when unset. */
  @state() protected sortKey: MedicationSortKey | undefined;
  @state() protected sortDirection: SortDirection = 'ascending';
  @state() protected statusFilter: ListChoices['statusFilter'] = '';
  @state() protected sourceFilter = '';
  @state() protected query = '';
  @state() protected expanded: ReadonlySet<string> = new Set();
  @state() protected sourceShown: ReadonlySet<string> = new Set();
  @state() protected shownPerGroup = new Map<string, number>();
  @state() protected layout: 'table' | 'list' = 'table';
  @state() protected printing = false;
  /** Set once the reader sorts, filters or searches, so the count is announced only then. */
  @state() protected touched = false;
  /** Whether the reader unfolded the controls a narrow container folds. */
  @state() protected controlsOpen = false;

  protected readonly medications = this.patientData<MedicationRow[]>({
    args: () => [this.now],
    load: (source, patient, signal) => loadMedications(source, patient, { signal }),
    model: (resources, related, outcomes) =>
      medicationRows(resources, {
        locale: this.effectiveLocale,
        related,
        notShared: notGrantedTypes(outcomes),
        now: this.now,
      }),
    isEmpty: (rows) => rows.length === 0,
  });

  private readonly ids = new ElementIds();
  private memo: { key: readonly unknown[]; view: View } | undefined;
  /** The day view's module (its model, render, words and styles); its styles are adopted beside the list's. */
  private readonly day = new DayViewLoad(
    this,
    () => (this.constructor as typeof SamMedicationList).loadDayView(),
    (module) => {
      adoptStyles(this.renderRoot as ShadowRoot, [...SamMedicationList.elementStyles, module.dayStyles]);
    },
  );

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
    const day = this.view === 'day';
    return html`<div part="base" class="base" lang=${locale}>
      ${renderDataState(this.medications, {
        locale,
        empty: t.empty,
        describe: (rows) => t.medicines(rows.length),
        data: (rows) => (day ? this.renderDay(rows) : this.renderList(rows)),
      })}
    </div>`;
  }

  /**
   * The day view, once its module is here (medication-list.day.ts): asked for only with data to show,
   * so never on a server (which renders the idle state) and never while loading.
   */
  private renderDay(rows: readonly MedicationRow[]): TemplateResult {
    const locale = this.effectiveLocale;
    const t = medicationLabels[locale];
    const day = this.day.request();
    if (day === 'loading') return renderSkeleton();
    if (day === 'failed')
      return html`<sam-notice class="day-failed" variant="error" locale=${locale}>${t.dayLoadFailed}</sam-notice>`;
    return day.renderDayView(rows, {
      locale,
      now: this.now,
      outcomes: this.medications.outcomes,
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The list

  private listView(all: readonly MedicationRow[]): View {
    const locale = this.effectiveLocale;
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

  private rowContext(byKey: ReadonlyMap<string, MedicationRow>): RowContext {
    return {
      locale: this.effectiveLocale,
      byKey,
      expanded: this.expanded,
      sourceShown: this.sourceShown,
      idOf: (key) => this.ids.of(key),
      select: (row) => {
        this.dispatchEvent(new SamSelectEvent({ kind: 'medication', item: row, resources: row.resources }));
      },
      toggle: (which, key) => {
        this[which] = toggled(this[which], key);
      },
    };
  }

  private renderList(all: readonly MedicationRow[]): TemplateResult {
    const locale = this.effectiveLocale;
    const t = medicationLabels[locale];
    const m = medicationMessages[locale];
    const { rows, byKey } = this.listView(all);
    const context = this.rowContext(byKey);
    const groups = groupMedications(rows, { locale });
    const filtering = this.statusFilter !== '' || this.sourceFilter !== '' || this.query.trim() !== '';
    const attention = groups.attention.length;
    const table = this.layout === 'table' || this.printing;
    return html`
      ${renderIconMasks()}
      ${renderControls(all, {
        locale,
        table,
        sortKey: this.sortKey,
        sortDirection: this.sortDirection,
        statusFilter: this.statusFilter,
        sourceFilter: this.sourceFilter,
        query: this.query,
        open: this.controlsOpen,
        choose: (choices) => {
          Object.assign(this, choices);
          this.touched = true;
        },
        toggle: () => {
          this.controlsOpen = !this.controlsOpen;
        },
      })}
      <p class="count" role="status">${this.touched ? t.showing(rows.length, all.length) : ''}</p>
      ${
        rows.length === 0
          ? html`<p class="sam-empty">${t.noMatch}</p>`
          : html`
              <section part="section" class="section current" aria-labelledby="current-heading">
                <h2 part="heading" id="current-heading">${t.current}</h2>
                ${
                  attention > 0 ? html`<p class="note attention summary">${t.attentionSummary(attention)}</p>` : nothing
                }
                ${
                  groups.current.length === 0
                    ? html`<p class="sam-empty">${filtering ? t.noMatch : t.noCurrent}</p>`
                    : table
                      ? this.renderTable(t.current, groups.current, true, context)
                      : groups.current.map((group) => this.renderCards(group, true, context))
                }
              </section>
              ${
                groups.past.rows.length === 0
                  ? nothing
                  : html`<section part="section" class="section past" aria-labelledby="past-heading">
                      <h2 part="heading" id="past-heading">${m.past}</h2>
                      ${
                        table
                          ? this.renderTable(m.past, [groups.past], false, context)
                          : this.renderCards(groups.past, false, context)
                      }
                    </section>`
              }
            `
      }
    `;
  }

  // ---------------------------------------------------------------------------------------------
  // Wide: one table per section, a tbody per bruk group

  private renderTable(
    caption: string,
    groups: readonly MedicationGroup[],
    current: boolean,
    context: RowContext,
  ): TemplateResult {
    const t = medicationLabels[context.locale];
    const sorted = this.sortKey ? `, ${t.sortedBy(columnLabel(this.sortKey, t), t[this.sortDirection])}` : '';
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
          ${columnLabel(key, t)}${icon(active ? this.sortDirection : 'sort')}
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
              ${this.limited(group).map((row) => this.renderTableRow(row, current, context))}
              ${this.renderMore(group, true)}
            </tbody>`,
        )}
      </table>
    </div>`;
  }

  /**
   * One row of the table, in one template: the name, its notes, the status badge and the disclosure button are
   * written here rather than through the row pieces the cards use, as every nested template is a comment
   * marker more per row (see medication-list.row.ts). On one line on purpose: whitespace between the cells
   * would be a text node each.
   */
  private renderTableRow(row: MedicationRow, current: boolean, context: RowContext): TemplateResult {
    const { locale } = context;
    const open = this.expanded.has(row.key);
    const id = open ? `details-${String(this.ids.of(row.key))}` : '';
    const status = statusPresentation(row.status, locale);
    const select = () => {
      context.select(row);
    };
    const toggle = () => {
      context.toggle('expanded', row.key);
    };
    // prettier-ignore
    return html`<tr part="row" class=${rowClass(row, current)} data-key=${row.key}><th scope="row" class="name-cell"><button class="name" @click=${select}>${renderText(row.name, locale)}</button>${renderNotes(row, context)}</th><td class="dosage">${renderDosage(row, locale)}</td><td><span class="status ${status.tone}" data-icon=${status.icon}>${renderText(status.label, locale)}</span></td><td class="date">${renderDate(row.start, locale)}</td><td class="date">${renderDate(row.end, locale)}</td><td>${renderSource(row, locale)}</td><td class="toggle-cell"><button class="toggle sam-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? id : nothing} @click=${toggle}><span class="sam-visually-hidden">${medicationLabels[locale].detailsFor(displayText(row.name).text)}</span></button></td></tr>${
      open
        ? html`<tr class="details-row" id=${id}>
            <td colspan=${COLUMNS}>${renderDetails(row, context)}</td>
          </tr>`
        : nothing
    }`;
  }

  // ---------------------------------------------------------------------------------------------
  // Narrow: a list of cards per group

  private renderCards(group: MedicationGroup, current: boolean, context: RowContext): TemplateResult {
    const t = medicationLabels[context.locale];
    const labelled = current ? `group-${group.id}` : 'past-heading';
    return html`<div class="group" data-group=${group.id}>
      ${current ? html`<h3 id=${labelled}>${group.label}</h3>` : nothing}
      <ul part="list" class="cards" aria-labelledby=${labelled}>
        ${this.limited(group).map(
          (row) =>
            html`<li part="row" class="card ${rowClass(row, current)}" data-key=${row.key}>
              <div class="card-head">${renderName(row, context)} ${renderStatus(row.status, context.locale)}</div>
              ${renderNotes(row, context)}
              <dl class="facts">
                ${renderFact(t.dosage, row.dosageLines.length ? renderDosage(row, context.locale) : '', context.locale)}
                ${renderFact(t.start, row.start ? renderDate(row.start, context.locale) : '', context.locale)}
                ${renderFact(t.end, row.end ? renderDate(row.end, context.locale) : '', context.locale)}
                ${renderFact(t.source, renderSource(row, context.locale), context.locale)}
              </dl>
              ${renderToggle(row, context)}
              ${
                this.expanded.has(row.key)
                  ? html`<div id="details-${this.ids.of(row.key)}">${renderDetails(row, context)}</div>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${this.renderMore(group, false)}
    </div>`;
  }

  private renderMore(group: MedicationGroup, inTable: boolean): TemplateResult | typeof nothing {
    const left = group.rows.length - this.limit(group);
    if (left <= 0) return nothing;
    const button = html`<button
      class="more sam-button"
      @click=${() => {
        this.shownPerGroup = new Map(this.shownPerGroup).set(group.id, this.limit(group) + MEDICATION_PAGE_SIZE);
      }}
    >
      ${medicationLabels[this.effectiveLocale].showMore(left)}
    </button>`;
    return inTable
      ? html`<tr class="more-row">
          <td colspan=${COLUMNS}>${button}</td>
        </tr>`
      : html`<p class="more-row">${button}</p>`;
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

  private sortBy(key: MedicationSortKey): void {
    this.sortDirection = this.sortKey === key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = key;
    this.touched = true;
  }
}
