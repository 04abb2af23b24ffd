import { html, type TemplateResult } from 'lit';
import { unknownDateLabels } from '../format/unknown-date.js';
import type { Locale } from '../locale.js';

/**
 * A date that was written but cannot be read ("2021-13-45", "06/05/2022 3:00 AM"): "ukjent dato", and
 * the value as written on demand, in a native disclosure (keyboard and screen reader for free). After
 * a sentence that already says the date is unknown, `says` is "show": the disclosure reads "Vis
 * verdien". The value is text, never markup.
 */
export function renderUnreadableDate(
  written: string,
  locale: Locale,
  says: 'unknown' | 'show' = 'unknown',
): TemplateResult {
  const t = unknownDateLabels[locale];
  return html`<details class="unreadable-date">
    <summary>${says === 'show' ? t.show : t.unknownDate}</summary>
    ${t.written} «${written}»
  </details>`;
}
