import { html, nothing, type TemplateResult } from 'lit';
import { formatSourceJson } from '../format/source-json.js';
import type { Locale } from '../locale.js';
import { ICON_SHAPES, renderIcon } from './icon.js';
import { sourceViewLabels } from './source-view.labels.js';

export interface SourceViewOptions {
  /** The `<pre>`'s id, unique in the shadow root. */
  readonly id: string;
  readonly open: boolean;
  readonly toggle: () => void;
  /** The FHIR resources behind what is shown. */
  readonly resources: readonly unknown[];
  readonly locale: Locale;
}

/**
 * "Vis kilde": a disclosure button and, when open, the raw FHIR JSON as text in a focusable `<pre>`
 * (part `source`), styled by `componentStyles`. The same view in every component.
 */
export function renderSourceView({ id, open, toggle, resources, locale }: SourceViewOptions): TemplateResult {
  const t = sourceViewLabels[locale];
  return html`<button
      class="source-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? id : nothing}
      @click=${toggle}
    >
      ${renderIcon(ICON_SHAPES.chevron)}${t.showSource}
    </button>
    ${
      open
        ? html`<pre part="source" class="source" id=${id} tabindex="0" aria-label=${t.sourceData}>
${formatSourceJson(resources, { locale })}</pre>`
        : nothing
    }`;
}
