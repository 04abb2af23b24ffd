import { html, type TemplateResult } from 'lit';
import type { Locale } from '../locale.js';
import { controlsToggleLabels } from './controls-toggle.labels.js';
import { ICON_SHAPES, renderIcon } from './icon.js';

export interface ControlsToggleOptions {
  /** The id of the element holding the controls, unique in the shadow root. */
  readonly controls: string;
  readonly open: boolean;
  readonly toggle: () => void;
  /** How many of the reader's choices narrow or order what is shown, so folded controls still say so. */
  readonly inUse: number;
  /** What the button says, when what folds is not filters ("Alle planer (3)"); "Filtrer og søk" by default. */
  readonly label?: string;
  readonly locale: Locale;
}

/**
 * "Filtrer og søk": in a narrow container (a side pane, a phone) a component's filters fold behind this
 * one button, so its first screen shows the data, not the controls. Give the controls' element the
 * class `sam-foldable` (plus `is-open` while open); `componentStyles` shows the button and folds the
 * controls only below 30rem, so a wide container shows both as before and the button is never in the way.
 */
export function renderControlsToggle({
  controls,
  open,
  toggle,
  inUse,
  label,
  locale,
}: ControlsToggleOptions): TemplateResult {
  const t = controlsToggleLabels[locale];
  return html`<button
    class="sam-button sam-controls-toggle"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${controls}
    @click=${toggle}
  >
    ${renderIcon(ICON_SHAPES.chevron)}${label ?? t.filters}${inUse > 0 ? html` <span class="quiet">(${t.inUse(inUse)})</span>` : ''}
  </button>`;
}
