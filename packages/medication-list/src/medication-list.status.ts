// A row's status as a badge in the list's own DOM: the words, icon shape and colours of core's
// <sam-status> (its tokens too), without an element and a shadow root per row. At a thousand rows
// those were 9 nodes and a Lit update each, about a fifth of the list's render time.
import { css, html, svg, unsafeCSS, type CSSResult, type TemplateResult } from 'lit';
import { statusPresentation, type Locale, type StatusIcon } from '@samspill/core';
import { maskImage } from './medication-list.icons.js';

// The shapes of <sam-status>'s icons, one meaning each: ● current, ❚❚ paused, ◷ planned, ✓ done, ■ stopped, ✕ error, ? unknown.
const STATUS_SHAPES: Record<StatusIcon, ReturnType<typeof svg>> = {
  dot: svg`<circle cx="8" cy="8" r="5" fill="#000"/>`,
  pause: svg`<path d="M5 3v10M11 3v10" stroke-width="3"/>`,
  clock: svg`<circle cx="8" cy="8" r="6"/><path d="M8 4.5V8l2.5 1.5"/>`,
  check: svg`<path d="m3 8.5 3.5 3.5L13 4.5"/>`,
  stop: svg`<rect x="3.5" y="3.5" width="9" height="9" fill="#000"/>`,
  cross: svg`<path d="m4 4 8 8M12 4l-8 8"/>`,
  question: svg`<path d="M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V10.5M8 13h.01"/>`,
};

/** "● Aktiv", "❚❚ Pause", "■ Seponert": a FHIR status in words, an icon shape and a colour. */
export function renderStatus(status: string, locale: Locale): TemplateResult {
  const { tone, icon, label } = statusPresentation(status, locale);
  return html`<span class="status ${tone}" data-icon=${icon}>${label}</span>`;
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
  ...Object.entries(STATUS_SHAPES).map(
    ([icon, shape]) => css`
      .status[data-icon='${unsafeCSS(icon)}'] {
        --_icon: ${maskImage(shape, 2)};
      }
    `,
  ),
];
