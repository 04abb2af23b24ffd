// The pieces of a medication row that the table (wide) and the cards (narrow) both show: the name
// that selects it, the dosage, dates and source, the notes that need a second look, the disclosure
// button and the details it opens.
import { html, nothing, svg, type TemplateResult } from 'lit';
import {
  formatList,
  ICON_SHAPES,
  renderFact,
  renderIcon,
  renderSourceView,
  renderUnreadableDate,
  type Locale,
} from '@samspill/core';
import { medicationLabels, type MedicationLabels } from './medication-list.labels.js';
import type { MedicationRow } from './medication-row.js';

/** What the row pieces read from the element, and how they change it. */
export interface RowContext {
  readonly locale: Locale;
  /** Every row by key: the other rows a duplicate note names. */
  readonly byKey: ReadonlyMap<string, MedicationRow>;
  readonly expanded: ReadonlySet<string>;
  readonly sourceShown: ReadonlySet<string>;
  idOf(key: string): number;
  select(row: MedicationRow): void;
  toggle(which: 'expanded' | 'sourceShown', key: string): void;
}

const SHAPES = {
  ...ICON_SHAPES,
  sort: svg`<path d="M5 6l3-3 3 3M5 10l3 3 3-3"/>`,
  ascending: svg`<path d="M4 10l4-4 4 4"/>`,
  descending: svg`<path d="M4 6l4 4 4-4"/>`,
  duplicate: svg`<rect x="1.5" y="4.5" width="8" height="10" rx="1"/><path d="M6.5 4.5v-2a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-4"/>`,
  pll: svg`<path d="M3 2.5h10v11H3z"/><path d="M5.5 6h5M5.5 8.5h5M5.5 11h3"/>`,
  multidose: svg`<rect x="1.5" y="3.5" width="13" height="9" rx="1"/><path d="M6 3.5v9M10.5 3.5v9"/>`,
  guardianReservation: svg`<path d="M8 1.5 14 4v4c0 3.5-2.6 5.7-6 6.5C4.6 13.7 2 11.5 2 8V4z"/>`,
  selfReported: ICON_SHAPES.person,
} as const;

const FLAGS = ['pll', 'multidose', 'guardianReservation', 'selfReported'] as const;

/** Other medicines a duplicate note names before "and N more". */
const DUPLICATES_NAMED = 3;

export function icon(shape: keyof typeof SHAPES): TemplateResult {
  return renderIcon(SHAPES[shape]);
}

export function rowClass(row: MedicationRow, current: boolean): string {
  return [
    'row',
    current ? 'is-current' : 'is-past',
    row.attention ? 'is-attention' : '',
    row.problems.length ? 'has-problems' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function renderName(row: MedicationRow, context: RowContext): TemplateResult {
  return html`<button
    class="name"
    @click=${() => {
      context.select(row);
    }}
  >
    ${row.name}
  </button>`;
}

export function renderDosage(row: MedicationRow): TemplateResult | string {
  if (row.dosageLines.length <= 1) return row.dosageLines[0] ?? '';
  return html`<ul class="lines">
    ${row.dosageLines.map((line) => html`<li>${line}</li>`)}
  </ul>`;
}

/** A date as a `<time>`; one written but unreadable as "ukjent dato", its value on demand. */
export function renderDate(date: MedicationRow['start'], locale: Locale): TemplateResult | string {
  if (!date) return '';
  return date.unreadable
    ? renderUnreadableDate(date.value, locale)
    : html`<time datetime=${date.value}>${date.text}</time>`;
}

export function renderSource(row: MedicationRow): TemplateResult {
  return html`${row.source.label}${
    row.source.careLevelText ? html`<span class="quiet"> (${row.source.careLevelText})</span>` : nothing
  }`;
}

/** What needs a second look, each in words with an icon: on hold, possible duplicates, flags, problems. */
export function renderNotes(row: MedicationRow, context: RowContext): TemplateResult | typeof nothing {
  const t = medicationLabels[context.locale];
  const notes: TemplateResult[] = [];
  if (row.attention) notes.push(html`<li class="note attention">${icon('attention')}${t.attention}</li>`);
  const duplicates = row.possibleDuplicates.flatMap((key) => context.byKey.get(key) ?? []);
  if (duplicates.length > 0) {
    // One note however many: a substance current in seven rows is one warning, not six.
    const names = [...new Set(duplicates.map((other) => other.name))];
    const shown = names.slice(0, DUPLICATES_NAMED).map((name) => t.quoted(name));
    if (names.length > DUPLICATES_NAMED) shown.push(t.more(names.length - DUPLICATES_NAMED));
    const sources = [...new Set([row.source.label, ...duplicates.map((other) => other.source.label)])];
    notes.push(
      html`<li class="note duplicate">
        ${icon('duplicate')}${t.duplicate(formatList(shown, context.locale), formatList(sources, context.locale), sources.length)}
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

/** The button that opens a row's details: hidden text in the table, "Detaljer" on a card. */
export function renderToggle(row: MedicationRow, context: RowContext, visibleLabel = false): TemplateResult {
  const t: MedicationLabels = medicationLabels[context.locale];
  const open = context.expanded.has(row.key);
  const id = context.idOf(row.key);
  return html`<button
    class="toggle sam-button"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${open ? `details-${id}` : nothing}
    @click=${() => {
      context.toggle('expanded', row.key);
    }}
  >
    ${icon('chevron')}${
      visibleLabel
        ? html`${t.details}<span class="sam-visually-hidden">: ${row.name}</span>`
        : html`<span class="sam-visually-hidden">${t.detailsFor(row.name)}</span>`
    }
  </button>`;
}

/** Every detail of a row, its renewal history and its FHIR source. */
export function renderDetails(row: MedicationRow, context: RowContext): TemplateResult {
  const { locale } = context;
  const t = medicationLabels[locale];
  const id = context.idOf(row.key);
  const prescriber = row.prescriber
    ? html`${row.prescriber.name}${
        row.prescriber.hpr
          ? html` <span class="quiet" title=${t.hpr(row.prescriber.hpr)}>(${t.hpr(row.prescriber.hpr)})</span>`
          : nothing
      }`
    : '';
  return html`<div part="details" class="details">
    <dl class="facts">
      ${renderFact(t.dosage, row.dosageLines.length ? renderDosage(row) : '')}
      ${renderFact(t.shortDosage, row.shortDosage && !row.dosageLines.includes(row.shortDosage) ? row.shortDosage : '')}
      ${renderFact(t.route, row.route)} ${renderFact(t.indication, row.indication)} ${renderFact(t.use, row.useText)}
      ${renderFact(t.form, row.form)} ${renderFact(t.strength, row.strength)}
      ${renderFact(t.atc, row.atc ? [row.atc.code, row.atc.display].filter(Boolean).join(' – ') : '')}
      ${renderFact(t.start, row.start ? renderDate(row.start, locale) : '')}
      ${renderFact(t.end, row.end ? renderDate(row.end, locale) : '')}
      ${renderFact(t.prescribed, row.prescribed ? renderDate(row.prescribed, locale) : '')}
      ${renderFact(t.expires, row.expires ? renderDate(row.expires, locale) : '')}
      ${renderFact(t.status, row.statusText)} ${renderFact(t.statusReason, row.statusReason)}
      ${renderFact(t.prescriber, prescriber)} ${renderFact(t.source, renderSource(row))}
      ${renderFact(t.dispensed, row.dispensed ? renderDate(row.dispensed, locale) : '')}
      ${renderFact(t.lastChanged, row.lastChanged ? renderDate(row.lastChanged, locale) : '')}
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
      open: context.sourceShown.has(row.key),
      toggle: () => {
        context.toggle('sourceShown', row.key);
      },
      resources: row.resources,
      locale,
    })}
  </div>`;
}
