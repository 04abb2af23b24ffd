// The care plan's line icons, beside words that say the same: goal progress, the patient's own
// goals, the koordinator, problems, overdue activities and the traffic-light zones (a shape each, never colour alone).
import { svg, type TemplateResult } from 'lit';
import { ICON_SHAPES, renderIcon, STATUS_SHAPES } from '@samspill/core';

const SHAPES = {
  chevron: ICON_SHAPES.chevron,
  problem: ICON_SHAPES.problem,
  overdue: STATUS_SHAPES.clock,
  patient: ICON_SHAPES.person,
  met: svg`<path d="m3 8.5 3.5 3.5L13 4.5"/>`,
  'not-met': svg`<circle cx="8" cy="8" r="6.5"/><path d="M5.5 8h5"/>`,
  unknown: svg`<circle cx="8" cy="8" r="6.5"/><path d="M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1V9.5M8 11.5h.01"/>`,
  coordinator: svg`<path d="M8 1.5l1.9 4 4.3.5-3.2 3 .9 4.3L8 11.2l-3.9 2.1.9-4.3-3.2-3 4.3-.5z"/>`,
  green: svg`<circle cx="8" cy="8" r="6"/>`,
  yellow: svg`<path d="M8 1.5 15 14H1z"/>`,
  red: svg`<rect x="2" y="2" width="12" height="12" rx="1"/>`,
} as const;

export function icon(shape: keyof typeof SHAPES): TemplateResult {
  return renderIcon(SHAPES[shape]);
}
