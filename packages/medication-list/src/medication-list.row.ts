// The pieces of a medication row that the table (wide) and the cards (narrow) both show: the name
// that selects it, the dosage, dates and source, the notes that need a second look, the disclosure
// button and the details it opens.
import { html, nothing, type TemplateResult } from 'lit';
import {
  displayText,
  formatList,
  isolateBidi,
  renderFact,
  renderSourceView,
  renderText,
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
    const shown = names.slice(0, DUPLICATES_NAMED).map((name) => t.quoted(isolateBidi(name)));
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
// drawn by CSS (medication-list.icons.ts), not as SVG elements. Record text goes through renderText: a
// run of combining marks longer than real text is cut (the whole is in the source view), and text
// that could turn its neighbours around is isolated; ordinary text comes back as it was.

/** The name, which selects the row. */
export function renderName(row: MedicationRow, context: RowContext): TemplateResult {
  const select = () => {
    context.select(row);
  };
  return html`<button class="name" @click=${select}>${renderText(row.name, context.locale)}</button>`;
}

export function renderDosage(row: MedicationRow, locale: Locale): TemplateResult | string {
  if (row.dosageLines.length <= 1) return renderText(row.dosageLines[0] ?? '', locale);
  return html`<ul class="lines">
    ${row.dosageLines.map((line) => html`<li>${renderText(line, locale)}</li>`)}
  </ul>`;
}

/** A date as a `<time>`; one written but unreadable as "ukjent dato", its value on demand. */
export function renderDate(date: MedicationRow['start'], locale: Locale): TemplateResult | string {
  if (!date) return '';
  return date.unreadable
    ? renderUnreadableDate(date.value, locale)
    : html`<time datetime=${date.value}>${date.text}</time>`;
}

export function renderSource(row: MedicationRow, locale: Locale): TemplateResult | string {
  return row.source.careLevelText
    ? html`${renderText(row.source.label, locale)}<span class="quiet">${` (${row.source.careLevelText})`}</span>`
    : renderText(row.source.label, locale);
}

/** What needs a second look, each in words with an icon: on hold, possible duplicates, flags, problems. */
export function renderNotes(row: MedicationRow, context: RowContext): TemplateResult | typeof nothing {
  const notes = rowNotes(row, context);
  // prettier-ignore
  return notes.length
    ? html`<ul class="notes">${notes.map((note) => html`<li class="note ${note.kind}" data-flag=${note.flag ?? nothing}>${renderText(note.text, context.locale)}</li>`)}</ul>`
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
  return html`<button class="toggle sam-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `details-${String(context.idOf(row.key))}` : nothing} @click=${toggle}>${t.details}<span class="sam-visually-hidden">: ${displayText(row.name).text}</span></button>`;
}

/** Every detail of a row, its renewal history and its FHIR source. */
export function renderDetails(row: MedicationRow, context: RowContext): TemplateResult {
  const { locale } = context;
  const t = medicationLabels[locale];
  const id = context.idOf(row.key);
  const prescriber = row.prescriber
    ? html`${renderText(row.prescriber.name, locale)}${
        row.prescriber.hpr
          ? html` <span class="quiet" title=${t.hpr(row.prescriber.hpr)}>(${t.hpr(row.prescriber.hpr)})</span>`
          : nothing
      }`
    : '';
  return html`<div part="details" class="details">
    <dl class="facts">
      ${renderFact(t.dosage, row.dosageLines.length ? renderDosage(row, locale) : '', locale)}
      ${renderFact(t.shortDosage, row.shortDosage && !row.dosageLines.includes(row.shortDosage) ? row.shortDosage : '', locale)}
      ${renderFact(t.route, row.route, locale)} ${renderFact(t.indication, row.indication, locale)}
      ${renderFact(t.use, row.useText, locale)} ${renderFact(t.form, row.form, locale)}
      ${renderFact(t.strength, row.strength, locale)}
      ${renderFact(t.atc, row.atc ? [row.atc.code, row.atc.display].filter(Boolean).map(isolateBidi).join(' – ') : '', locale)}
      ${renderFact(t.start, row.start ? renderDate(row.start, locale) : '', locale)}
      ${renderFact(t.end, row.end ? renderDate(row.end, locale) : '', locale)}
      ${renderFact(t.prescribed, row.prescribed ? renderDate(row.prescribed, locale) : '', locale)}
      ${renderFact(t.expires, row.expires ? renderDate(row.expires, locale) : '', locale)}
      ${renderFact(t.status, row.statusText, locale)} ${renderFact(t.statusReason, row.statusReason, locale)}
      ${renderFact(t.prescriber, prescriber, locale)} ${renderFact(t.source, renderSource(row, locale), locale)}
      ${renderFact(t.dispensed, row.dispensed ? renderDate(row.dispensed, locale) : '', locale)}
      ${renderFact(t.lastChanged, row.lastChanged ? renderDate(row.lastChanged, locale) : '', locale)}
    </dl>
    ${
      row.history.length
        ? html`<h4 class="history-heading">${t.history}</h4>
            <ul class="history">
              ${row.history.map(
                (older) =>
                  html`<li>
                    ${renderText(
                      [older.periodText, older.statusText, older.prescriber?.name ?? '', older.dosageLines.join('; ')]
                        .filter(Boolean)
                        .map(isolateBidi)
                        .join(' · '),
                      locale,
                    )}
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
