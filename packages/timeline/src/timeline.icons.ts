// The timeline's line icons, each beside words that say the same.
import { svg, type TemplateResult } from 'lit';
import { ICON_SHAPES, renderIcon } from '@samspill/core';

const SHAPES = {
  chevron: ICON_SHAPES.chevron,
  future: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5V8l2.5 1.5"/>`,
  file: svg`<path d="M4 1.5h5l3.5 3.5v9.5H4z"/><path d="M9 1.5V5h3.5"/>`,
} as const;

export function icon(shape: keyof typeof SHAPES): TemplateResult {
  return renderIcon(SHAPES[shape]);
}
