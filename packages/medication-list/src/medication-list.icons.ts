// The list's icons. Those drawn once (the sort arrows) are SVG elements through core's renderIcon;
// those repeated per row (the notes, the status badge, the disclosure chevron) are CSS masks of the
// same shapes on a pseudo-element, which costs no DOM node: a thousand rows would otherwise carry
// thousands of <svg> and <path> elements. Either way they sit beside words that say the same.
// The masks are SVG <mask> elements drawn once in the list (`renderIconMasks`) and named by
// `url(#…)`, not images in data: URLs, which a Content Security Policy without `img-src data:` refuses.
import { css, html, svg, unsafeCSS, type CSSResult, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ICON_SHAPES, renderIcon, STATUS_SHAPES } from '@samspill/core';

const SHAPES = {
  ...ICON_SHAPES,
  sort: svg`<path d="M5 6l3-3 3 3M5 10l3 3 3-3"/>`,
  ascending: svg`<path d="M4 10l4-4 4 4"/>`,
  descending: svg`<path d="M4 6l4 4 4-4"/>`,
  duplicate: svg`<rect x="1.5" y="4.5" width="8" height="10" rx="1"/><path d="M6.5 4.5v-2a1 1 0 0 1 1-1h6a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1h-4"/>`,
  pll: svg`<path d="M3 2.5h10v11H3z"/><path d="M5.5 6h5M5.5 8.5h5M5.5 11h3"/>`,
  multidose: svg`<rect x="1.5" y="3.5" width="13" height="9" rx="1"/><path d="M6 3.5v9M10.5 3.5v9"/>`,
  guardianReservation: svg`<path d="M8 1.5 14 4v4c0 3.5-2.6 5.7-6 6.5C4.6 13.7 2 11.5 2 8V4z"/>`,
  selfReported: ICON_SHAPES.person,
} as const;

export type IconShape = keyof typeof SHAPES;

/** An icon as an SVG element (`aria-hidden`), for icons drawn once, not per row. */
export function icon(shape: IconShape): TemplateResult {
  return renderIcon(SHAPES[shape]);
}

// The shapes repeated per row, with the stroke each is drawn with: the status badge's are bolder.
const MASKED_SHAPES: readonly (readonly [name: string, shape: SVGTemplateResult, strokeWidth: number])[] = [
  ...(
    ['attention', 'duplicate', 'problem', 'pll', 'multidose', 'guardianReservation', 'selfReported', 'chevron'] as const
  ).map((name) => [name, SHAPES[name], 1.75] as const),
  ...Object.entries(STATUS_SHAPES).map(([name, shape]) => [`status-${name}`, shape, 2] as const),
];

/** A row icon's mask, as a CSS value: the `<mask>` of that name in `renderIconMasks`. */
export function maskImage(name: string): CSSResult {
  return unsafeCSS(`url(#icon-${name})`);
}

/**
 * The row icons' masks, drawn once in the list's shadow root: the same 16-unit line drawings as
 * `renderIcon`'s, scaled to the box they mask, their alpha the mask. Out of sight but not
 * `display: none`, which would leave the masks nothing to draw.
 */
export function renderIconMasks(): TemplateResult {
  return html`<svg class="icon-masks" aria-hidden="true" focusable="false">
    ${MASKED_SHAPES.map(
      ([name, shape, strokeWidth]) =>
        svg`<mask id="icon-${name}" mask-type="alpha" maskContentUnits="objectBoundingBox"><g transform="scale(0.0625)" color="#000" fill="none" stroke="#000" stroke-width=${strokeWidth} stroke-linecap="round" stroke-linejoin="round">${shape}</g></mask>`,
    )}
  </svg>`;
}

/**
 * `.note` (by kind and `data-flag`), `.status` (medication-list.status.ts) and `.toggle` draw their icon in `::before`, in the current colour,
 * in forced colours and in print too; the toggle's chevron turns while its details are open.
 */
export const iconStyles = css`
  .note::before,
  .toggle::before,
  .status::before {
    content: '';
    flex: none;
    width: 1em;
    height: 1em;
    background: currentColor;
    /* No icon rather than a filled square where a kind has none. */
    -webkit-mask: var(--_icon, linear-gradient(transparent, transparent)) center / 1em 1em no-repeat;
    mask: var(--_icon, linear-gradient(transparent, transparent)) center / 1em 1em no-repeat;
    /* The mask is the icon: keep it in the text colour the system forces, and print it. */
    forced-color-adjust: none;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }

  .note::before {
    translate: 0 0.125em;
  }

  .icon-masks {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }

  .note.attention {
    --_icon: ${maskImage('attention')};
  }
  .note.duplicate {
    --_icon: ${maskImage('duplicate')};
  }
  .note.problem {
    --_icon: ${maskImage('problem')};
  }
  .note[data-flag='pll'] {
    --_icon: ${maskImage('pll')};
  }
  .note[data-flag='multidose'] {
    --_icon: ${maskImage('multidose')};
  }
  .note[data-flag='guardianReservation'] {
    --_icon: ${maskImage('guardianReservation')};
  }
  .note[data-flag='selfReported'] {
    --_icon: ${maskImage('selfReported')};
  }

  .toggle {
    --_icon: ${maskImage('chevron')};
  }

  .toggle::before {
    transition: rotate 0.15s;
  }

  .toggle[aria-expanded='true']::before {
    rotate: 90deg;
  }

  @media (prefers-reduced-motion: reduce) {
    .toggle::before {
      transition: none;
    }
  }
`;
