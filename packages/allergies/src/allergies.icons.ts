// The allergies' line icons, each beside words that say the same: kritisk, not confirmed, no known
// allergy, no information, no longer active, problems (a shape each, never colour alone).
import { svg, type TemplateResult } from 'lit';
import { ICON_SHAPES, renderIcon, STATUS_SHAPES } from '@samspill/core';

const SHAPES = {
  chevron: ICON_SHAPES.chevron,
  critical: ICON_SHAPES.attention,
  problem: ICON_SHAPES.problem,
  unconfirmed: STATUS_SHAPES.question,
  // A dash in a circle: none recorded. Not a check mark, which would read as "safe".
  'no-known': svg`<circle cx="8" cy="8" r="6.5"/><path d="M5 8h6"/>`,
  'no-information': STATUS_SHAPES.question,
  contradicted: ICON_SHAPES.attention,
  inactive: STATUS_SHAPES.pause,
  resolved: STATUS_SHAPES.check,
} as const;

export type AllergyIcon = keyof typeof SHAPES;

export function icon(shape: AllergyIcon): TemplateResult {
  return renderIcon(SHAPES[shape]);
}
