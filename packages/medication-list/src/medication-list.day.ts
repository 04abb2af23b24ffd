// The day view of <sam-medication-list> (view="day"): today's doses by part of the day, each part a
// section with its h3 and a list, "Ved behov" apart, then what cannot be placed at a time, with why.
// Read-only and printable: no controls, and a dose is never split across pages. Fetched on first use
// (an `import()` of SamMedicationList) with the model it renders, its words and its styles.
import { html, nothing, type TemplateResult } from 'lit';
import { renderText, type Locale } from '@samspill/core';
import { isoDay, notGrantedTypes, type SearchOutcome } from '@samspill/core/data.js';
import {
  medicationDay,
  type DayAsNeeded,
  type DayDose,
  type DayUnplaced,
  type MedicationDay,
} from './medication-day.model.js';
import type { MedicationRow } from './medication-row.js';
export { dayStyles } from './medication-list.day.styles.js';
import { renderIconMasks } from './medication-list.icons.js';
import { dayMessages } from './medication-day.messages.js';
import { medicationLabels } from './medication-list.labels.js';
import { medicationMessages } from './medication-list.messages.js';

export interface DayViewOptions {
  readonly locale: Locale;
  /** The element's `now`; the clock when undefined. */
  readonly now: Date | number | undefined;
  /** How the searches went: when some types were not shared, an empty day never says "none" flatly. */
  readonly outcomes: readonly SearchOutcome[];
}

// The day of the rows last shown, so a re-render (a language pack arriving, a parent's update) does not
// read them again: by rows, then locale and day.
const days = new WeakMap<readonly MedicationRow[], { key: string; day: MedicationDay }>();

function dayOf(rows: readonly MedicationRow[], locale: Locale, now: Date | number | undefined): MedicationDay {
  // Without a set "now", the day is today's: its date is in the key, so a view kept open past midnight
  // shows the new day at its next render.
  const at = now ?? Date.now();
  const key = `${locale}|${now === undefined ? isoDay(at) : String(new Date(at).getTime())}`;
  const known = days.get(rows);
  if (known?.key === key) return known.day;
  const day = medicationDay(rows, { locale, now: at });
  days.set(rows, { key, day });
  return day;
}

/** The day view of the rows. */
export function renderDayView(rows: readonly MedicationRow[], options: DayViewOptions): TemplateResult {
  const { locale, now, outcomes } = options;
  const nothingShared = notGrantedTypes(outcomes, 'search').length > 0;
  return renderDay(dayOf(rows, locale, now), locale, nothingShared);
}

/** The whole day; `nothingShared` when some types were not shared, so an empty day never says "none" flatly. */
export function renderDay(day: MedicationDay, locale: Locale, nothingShared: boolean): TemplateResult {
  const t = dayMessages[locale];
  const m = medicationMessages[locale];
  const paused = day.slots.reduce((sum, slot) => sum + slot.doses.filter((dose) => dose.paused).length, 0);
  return html`${renderIconMasks()}
    <section part="section" class="section day" aria-labelledby="day-heading" data-date=${day.date}>
      <h2 part="heading" id="day-heading">${t.heading(day.dateText)}</h2>
      ${paused > 0 ? html`<p class="note attention summary">${t.pausedSummary(paused)}</p>` : nothing}
      ${day.empty ? html`<p class="sam-empty">${nothingShared ? t.nothingShared : t.empty}</p>` : nothing}
      ${day.slots.map((slot) =>
        renderPart(
          slot.id,
          slot.label,
          slot.doses.map((dose) => renderDose(dose, locale)),
        ),
      )}
      ${
        day.asNeeded.length > 0
          ? renderPart(
              'ved-behov',
              m['ved-behov'],
              day.asNeeded.map((entry) => renderAsNeeded(entry, locale)),
            )
          : nothing
      }
      ${
        day.unplaced.length > 0
          ? renderPart(
              'unplaced',
              t.noTiming,
              day.unplaced.map((entry) => renderUnplaced(entry, locale)),
              t.unplacedIntro,
            )
          : nothing
      }
    </section>`;
}

function renderPart(id: string, label: string, items: TemplateResult[], intro?: string): TemplateResult {
  return html`<section class="day-part" data-part=${id} aria-labelledby="part-${id}">
    <h3 id="part-${id}">${label}</h3>
    ${intro ? html`<p class="day-intro">${intro}</p>` : nothing}
    <ul part="list" class="doses" aria-labelledby="part-${id}">
      ${items}
    </ul>
  </section>`;
}

// Each entry in one template. Its parts are separated by a space, so that a screen reader reading the
// line (and a copy of it) never runs two of them together: "500 mg Oral bruk", not "500 mgOral bruk".

function renderDose(dose: DayDose, locale: Locale): TemplateResult {
  const t = dayMessages[locale];
  // prettier-ignore
  return html`<li part="row" class="dose${dose.paused ? ' is-attention' : ''}" data-key=${dose.rowKey}><span class="dose-main">${dose.time ? html`<span class="dose-time">${t.at(dose.time)}</span>` : nothing} <span class="dose-name">${renderText(dose.name, locale)}</span> ${dose.amount ? html`<span class="dose-amount">${renderText(dose.amount, locale)}</span>` : nothing} ${dose.route ? html`<span class="dose-route">${renderText(dose.route, locale)}</span>` : nothing}</span> ${dose.paused ? html`<span class="note attention">${t.paused}</span>` : nothing} ${dose.instruction !== dose.amount ? html`<span class="dose-instruction">${renderText(dose.instruction, locale)}</span>` : nothing}</li>`;
}

function renderAsNeeded(entry: DayAsNeeded, locale: Locale): TemplateResult {
  const t = dayMessages[locale];
  // prettier-ignore
  return html`<li part="row" class="dose as-needed${entry.paused ? ' is-attention' : ''}" data-key=${entry.rowKey}><span class="dose-main"><span class="dose-name">${renderText(entry.name, locale)}</span> ${entry.route ? html`<span class="dose-route">${renderText(entry.route, locale)}</span>` : nothing}</span> ${entry.paused ? html`<span class="note attention">${t.paused}</span>` : nothing} <span class="dose-instruction">${renderText(entry.instruction, locale)}</span> ${entry.maxDose.map((limit) => html`<span class="dose-limit">${renderText(limit, locale)}</span> `)}${entry.indication ? html`<span class="dose-indication">${medicationLabels[locale].indication}: ${renderText(entry.indication, locale)}</span>` : nothing}</li>`;
}

function renderUnplaced(entry: DayUnplaced, locale: Locale): TemplateResult {
  const t = dayMessages[locale];
  // The section's heading says "Tidspunkt ikke oppgitt": only another reason is said again.
  // prettier-ignore
  return html`<li part="row" class="dose unplaced${entry.paused ? ' is-attention' : ''}" data-key=${entry.rowKey}><span class="dose-main"><span class="dose-name">${renderText(entry.name, locale)}</span> ${entry.route ? html`<span class="dose-route">${renderText(entry.route, locale)}</span>` : nothing}</span> ${entry.paused ? html`<span class="note attention">${t.paused}</span>` : nothing} <span class="dose-instruction">${renderText(entry.instruction, locale)}</span> ${entry.reason !== t.noTiming ? html`<span class="note problem">${renderText(entry.reason, locale)}</span>` : nothing}</li>`;
}
