import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../locale.js';
import { renderText } from './shown-text.js';

/**
 * One term and its value in a `<dl>` ("Dosering: 1 tablett morgen"), or nothing when there is no
 * value: details show what is known and leave out empty labels. A text value is rendered with
 * `renderText`; give the view's `locale` for the words that say a value was shortened.
 */
export function renderFact(
  label: string,
  value: TemplateResult | string,
  locale?: Locale,
): TemplateResult | typeof nothing {
  if (value === '') return nothing;
  return html`<div class="fact">
    <dt>${label}</dt>
    <dd>${typeof value === 'string' ? renderText(value, locale) : value}</dd>
  </div>`;
}
