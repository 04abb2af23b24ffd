import { svg, type SVGTemplateResult } from 'lit';
import type { StatusIcon } from './clinical-status.js';

/**
 * The status icons on a 16×16 grid, one meaning each: ● current, ❚❚ paused, ◷ planned, ✓ done,
 * ■ stopped, ✕ error, ? unknown. Drawn in `currentColor`: `<sam-status>` strokes them, a list may
 * use them as CSS masks.
 */
export const STATUS_SHAPES: Readonly<Record<StatusIcon, SVGTemplateResult>> = {
  dot: svg`<circle cx="8" cy="8" r="5" fill="currentColor"/>`,
  pause: svg`<path d="M5 3v10M11 3v10" stroke-width="3"/>`,
  clock: svg`<circle cx="8" cy="8" r="6"/><path d="M8 4.5V8l2.5 1.5"/>`,
  check: svg`<path d="m3 8.5 3.5 3.5L13 4.5"/>`,
  stop: svg`<rect x="3.5" y="3.5" width="9" height="9" fill="currentColor"/>`,
  cross: svg`<path d="m4 4 8 8M12 4l-8 8"/>`,
  question: svg`<path d="M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V10.5M8 13h.01"/>`,
};
