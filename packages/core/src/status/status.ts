import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { localeOf, resolveLocale, type LocaleTag } from '../locale.js';
import { renderText } from '../element/shown-text.js';
import { statusPresentation } from './clinical-status.js';
import { STATUS_SHAPES } from './status-shapes.js';

/**
 * A clinical status as a word with an icon and a colour: "❚❚ Pauset", "■ Seponert", "✕ Feilregistrert".
 *
 * @summary A FHIR status shown in words, icon and colour.
 *
 * @csspart base - The badge.
 * @csspart icon - The status icon.
 *
 * @cssprop --sam-status-current-text - Text colour of current statuses (active, in progress).
 * @cssprop --sam-status-attention-text - Text colour of statuses that need attention (on hold).
 */
export class SamStatus extends LitElement {
  static override styles = css`
    :host {
      display: inline-block;
      font-size: var(--sam-font-size-small, 0.875rem);
      font-weight: 600;
      white-space: nowrap;
    }

    [part='base'] {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      padding: 0.1em 0.5em;
      border-radius: 999px;
      border: 1px solid currentColor;
      color: var(--_text);
      background: var(--_surface);
    }

    svg {
      width: 0.9em;
      height: 0.9em;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
      stroke-linecap: round;
    }

    .current {
      --_text: var(--sam-status-current-text, #1d6b35);
      --_surface: var(--sam-status-current-surface, #e9f5ec);
    }
    .attention {
      --_text: var(--sam-status-attention-text, #7a4a00);
      --_surface: var(--sam-status-attention-surface, #fff4dc);
    }
    .planned {
      --_text: var(--sam-status-planned-text, #0b4f8a);
      --_surface: var(--sam-status-planned-surface, #e8f1fb);
    }
    .ended,
    .unknown {
      --_text: var(--sam-status-ended-text, #3d4650);
      --_surface: var(--sam-status-ended-surface, #eef0f2);
    }
    .error {
      --_text: var(--sam-status-error-text, #a3101c);
      --_surface: var(--sam-status-error-surface, #fdecee);
    }

    @media (forced-colors: active) {
      [part='base'] {
        border-color: CanvasText;
      }
    }
  `;

  /** A FHIR status code (`active`, `on-hold`, `stopped`, `entered-in-error`, …). */
  @property({ reflect: true }) status = 'unknown';

  /** Language of the label (`nb`, `nn`, `en`); by default the nearest `lang` on the page. */
  @property() locale?: LocaleTag | undefined;

  protected override render() {
    const locale = this.locale ? resolveLocale(this.locale) : localeOf(this);
    const { tone, icon, label } = statusPresentation(this.status, locale);
    return html`<span part="base" class=${tone} data-tone=${tone}
      ><svg part="icon" viewBox="0 0 16 16" aria-hidden="true">${STATUS_SHAPES[icon]}</svg
      >${renderText(label, locale)}</span
    >`;
  }
}
