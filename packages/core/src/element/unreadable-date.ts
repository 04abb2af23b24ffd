import { html, type TemplateResult } from 'lit';
import { unknownDateLabels } from '../format/unknown-date.js';
import type { Locale } from '../locale.js';

/**
 * A date that was written but cannot be read ("2021-13-45", "06/05/2022 3:00 AM"): "ukjent dato",
 * and the value as written on demand, in a native disclosure (keyboard and screen reader for free).
 * The value is text, never markup.
 */
export function renderUnreadableDate(written: string, locale: Locale): TemplateResult {
  const t = unknownDateLabels[locale];
  return html`<details class="unreadable-date">
    <summary>${t.unknownDate}</summary>
    ${t.written} «${written}»
  </details>`;
}

/** "Skrevet som «06/05/2022»" on demand, after a sentence that already says the date is unknown. */
export function renderWritten(written: string, locale: Locale): TemplateResult {
  const t = unknownDateLabels[locale];
  return html`<details class="unreadable-date">
    <summary>${t.show}</summary>
    ${t.written} «${written}»
  </details>`;
}
