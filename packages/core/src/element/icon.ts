import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Line icons on a 16-unit grid that more than one component draws. Each component keeps its own
 * shapes beside these; `renderIcon` draws any of them the same way.
 */
export const ICON_SHAPES = {
  chevron: svg`<path d="m6 4 4 4-4 4"/>`,
  problem: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5v4M8 11h.01"/>`,
  attention: svg`<path d="M8 1.5 15 14H1z"/><path d="M8 6v4M8 12h.01"/>`,
  person: svg`<circle cx="8" cy="5" r="3"/><path d="M2.5 14.5c.7-3 2.9-4.5 5.5-4.5s4.8 1.5 5.5 4.5"/>`,
} as const;

/**
 * An icon beside words that already say the same (`aria-hidden`), in the current colour and styled
 * by `componentStyles`' `.icon`: status is never shown by an icon alone.
 */
export function renderIcon(shape: SVGTemplateResult): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${shape}</svg>`;
}
