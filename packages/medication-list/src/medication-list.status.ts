// A row's status as a badge in the list's own DOM: the words, icon shape and colours of core's
// <sam-status> (its tokens too), without an element and a shadow root per row. At a thousand rows
// those were 9 nodes and a Lit update each, about a fifth of the list's render time.
import { css, html, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';
import { renderText, STATUS_SHAPES, statusPresentation, type Locale } from '@samspill/core';
import { maskImage } from './medication-list.icons.js';

/** "● Aktiv", "❚❚ Pause", "■ Seponert": a FHIR status in words, an icon shape and a colour. */
export function renderStatus(status: string, locale: Locale): TemplateResult {
  const { tone, icon, label } = statusPresentation(status, locale);
  return html`<span class="status ${tone}" data-icon=${icon}>${renderText(label, locale)}</span>`;
}

export const statusStyles: CSSResult[] = [
  css`
    .status {
      display: inline-flex;
      align-items: center;
      gap: 0.3em;
      padding: 0.1em 0.5em;
      border: 1px solid currentColor;
      border-radius: 999px;
      color: var(--_status-text);
      background: var(--_status-surface);
      font-size: var(--sam-font-size-small, 0.875rem);
      font-weight: 600;
      white-space: nowrap;
    }

    .status::before {
      width: 0.9em;
      height: 0.9em;
      -webkit-mask-size: 0.9em 0.9em;
      mask-size: 0.9em 0.9em;
    }

    .status.current {
      --_status-text: var(--sam-status-current-text, #1d6b35);
      --_status-surface: var(--sam-status-current-surface, #e9f5ec);
    }
    .status.attention {
      --_status-text: var(--sam-status-attention-text, #7a4a00);
      --_status-surface: var(--sam-status-attention-surface, #fff4dc);
    }
    .status.planned {
      --_status-text: var(--sam-status-planned-text, #0b4f8a);
      --_status-surface: var(--sam-status-planned-surface, #e8f1fb);
    }
    .status.ended,
    .status.unknown {
      --_status-text: var(--sam-status-ended-text, #3d4650);
      --_status-surface: var(--sam-status-ended-surface, #eef0f2);
    }
    .status.error {
      --_status-text: var(--sam-status-error-text, #a3101c);
      --_status-surface: var(--sam-status-error-surface, #fdecee);
    }

    @media (forced-colors: active) {
      .status {
        border-color: CanvasText;
      }
    }
  `,
  ...Object.keys(STATUS_SHAPES).map(
    (icon) => css`
      .status[data-icon='${unsafeCSS(icon)}'] {
        --_icon: ${maskImage(`status-${icon}`)};
      }
    `,
  ),
];
