import { html, nothing, type TemplateResult } from 'lit';

/**
 * One term and its value in a `<dl>` ("Dosering: 1 tablett morgen"), or nothing when there is no
 * value: details show what is known and leave out empty labels.
 */
export function renderFact(label: string, value: TemplateResult | string): TemplateResult | typeof nothing {
  if (value === '') return nothing;
  return html`<div class="fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}
