// The pieces of a medication row that the table (wide) and the cards (narrow) both show: the name
// that selects it, the dosage, dates and source, the notes that need a second look, the disclosure
// button and the details it opens.
import { html, nothing, type TemplateResult } from 'lit';
import { formatList, renderFact, renderSourceView, renderUnreadableDate, type Locale } from '@samspill/core';
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

const FLAGS = ['pll', 'multidose', 'guardianReservation', 'selfReported'] as const;

/** Other medicines a duplicate note names before "and N more". */
const DUPLICATES_NAMED = 3;

export function rowClass(row: MedicationRow, current: boolean): string {
  return `row ${current ? 'is-current' : 'is-past'}${row.attention ? ' is-attention' : ''}${row.problems.length ? ' has-problems' : ''}`;
}

/** One thing about a row that needs a second look, in words; its icon is drawn by CSS from `kind` and `flag`. */
export interface RowNote {
  readonly kind: 'attention' | 'duplicate' | 'flag' | 'problem';
  readonly flag?: (typeof FLAGS)[number];
  readonly text: string;
}

/** What needs a second look, each in words: on hold, possible duplicates, flags, problems. */
export function rowNotes(row: MedicationRow, context: Pick<RowContext, 'locale' | 'byKey'>): RowNote[] {
  const t = medicationLabels[context.locale];
  const notes: RowNote[] = [];
  if (row.attention) notes.push({ kind: 'attention', text: t.attention });
  const duplicates = row.possibleDuplicates.flatMap((key) => context.byKey.get(key) ?? []);
  if (duplicates.length > 0) {
    // One note however many: a substance current in seven rows is one warning, not six.
    const names = [...new Set(duplicates.map((other) => other.name))];
    const shown = names.slice(0, DUPLICATES_NAMED).map((name) => t.quoted(name));
    if (names.length > DUPLICATES_NAMED) shown.push(t.more(names.length - DUPLICATES_NAMED));
    const sources = [...new Set([row.source.label, ...duplicates.map((other) => other.source.label)])];
    notes.push({
      kind: 'duplicate',
      text: t.duplicate(formatList(shown, context.locale), formatList(sources, context.locale), sources.length),
    });
  }
  for (const flag of FLAGS) if (row.flags[flag]) notes.push({ kind: 'flag', flag, text: t[flag] });
  for (const problem of row.problems) notes.push({ kind: 'problem', text: problem });
  return notes;
}

// The templates a row repeats are written without whitespace between their tags, and with as few
// dynamic parts as they need: every whitespace text node and every part's comment marker is a DOM node,
// per row (the benchmark holds the list within 2× a bare lit-html table). Icons repeated per row are
// drawn by CSS (medication-list.icons.ts), not as SVG elements.

/** The name, which selects the row. */
export function renderName(row: MedicationRow, context: RowContext): TemplateResult {
  const select = () => {
    context.select(row);
  };
  return html`<button class="name" @click=${select}>${row.name}</button>`;
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

export function renderSource(row: MedicationRow): TemplateResult | string {
  return row.source.careLevelText
    ? html`${row.source.label}<span class="quiet">${` (${row.source.careLevelText})`}</span>`
    : row.source.label;
}

/** What needs a second look, each in words with an icon: on hold, possible duplicates, flags, problems. */
export function renderNotes(row: MedicationRow, context: RowContext): TemplateResult | typeof nothing {
  const notes = rowNotes(row, context);
  // prettier-ignore
  return notes.length
    ? html`<ul class="notes">${notes.map((note) => html`<li class="note ${note.kind}" data-flag=${note.flag ?? nothing}>${note.text}</li>`)}</ul>`
    : nothing;
}

/** The button that opens a card's details, "Detaljer" (the table's row writes its own); its chevron is CSS. */
export function renderToggle(row: MedicationRow, context: RowContext): TemplateResult {
  const t: MedicationLabels = medicationLabels[context.locale];
  const open = context.expanded.has(row.key);
  const toggle = () => {
    context.toggle('expanded', row.key);
  };
  // prettier-ignore
  return html`<button class="toggle sam-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `details-${String(context.idOf(row.key))}` : nothing} @click=${toggle}>${t.details}<span class="sam-visually-hidden">: ${row.name}</span></button>`;
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
