// The overview's chart as SVG: tick labels on top, then one row per lane, its name above its band,
// with the selected and brushed ranges and the "I dag" marker over them. Hidden from assistive
// technology: the description and the table say the same in words.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Locale } from '@samspill/core/data.js';
import { ticks, type BinnedLane, type TimeWindow } from './timeline-overview.model.js';

// Layout in pixels.
const AXIS = 24;
const LABEL = 16;
const BAND = 26;
const LANE = LABEL + BAND + 4;
// The largest mark's radius: marks grow with the logarithm of their count up to it.
const MAX_RADIUS = 7;

/** What one drawing of the chart shows. */
export interface OverviewChart {
  readonly lanes: readonly BinnedLane[];
  readonly view: TimeWindow;
  /** Pixels across. */
  readonly width: number;
  readonly now: number;
  readonly selection: TimeWindow | undefined;
  readonly brush: TimeWindow | undefined;
  readonly locale: Locale;
  readonly timeZone: string;
  /** The "I dag" marker's label. */
  readonly today: string;
}

type X = (at: number) => number;

export function renderChart(chart: OverviewChart): TemplateResult {
  const { lanes, view, width } = chart;
  const height = AXIS + Math.max(lanes.length, 1) * LANE;
  const x: X = (at) => ((at - view.from) / (view.to - view.from)) * width;
  const axis = ticks(view, width, { locale: chart.locale, timeZone: chart.timeZone });
  const nowX = x(chart.now);
  return html`<svg
    class="canvas"
    aria-hidden="true"
    width="100%"
    height=${height}
    viewBox="0 0 ${width} ${height}"
    preserveAspectRatio="none"
  >
    ${svg`<path class="grid" d=${axis.ticks.map((tick) => `M${x(tick.at).toFixed(1)} ${AXIS - 6}V${height}`).join('')}/>`}
    ${axis.ticks.map((tick) => {
      const at = x(tick.at);
      // Labels that would run off the edge or into "I dag" are left out; the grid line stays.
      return at < 24 || at > width - 24 || Math.abs(at - nowX) < 48
        ? nothing
        : svg`<text class="tick" x=${at.toFixed(1)} y=${AXIS - 10} text-anchor="middle">${tick.label}</text>`;
    })}
    ${lanes.map((lane, index) => renderLane(lane, AXIS + index * LANE, x, width))}
    ${renderRange(chart.selection, 'selection', x, width, height)}
    ${renderRange(chart.brush, 'brush', x, width, height)}
    ${
      nowX >= 0 && nowX <= width
        ? svg`<path class="now" d="M${nowX.toFixed(1)} ${AXIS - 4}V${height}"/>
          <text class="now-label" x=${nowX.toFixed(1)} y=${AXIS - 10} text-anchor=${nowX > width - 40 ? 'end' : nowX < 40 ? 'start' : 'middle'}>${chart.today}</text>`
        : nothing
    }
  </svg>`;
}

function renderLane(binned: BinnedLane, top: number, x: X, width: number): SVGTemplateResult {
  const middle = top + LABEL + BAND / 2;
  // One path per kind of mark: the node count stays the same however many events there are.
  const circles = binned.bins
    .map((bin) => {
      const r = Math.min(3.5 + 0.875 * Math.log2(bin.count), MAX_RADIUS);
      const cx = x(bin.at);
      return `M${(cx - r).toFixed(1)} ${middle}a${r.toFixed(2)} ${r.toFixed(2)} 0 1 0 ${(2 * r).toFixed(2)} 0a${r.toFixed(2)} ${r.toFixed(2)} 0 1 0 ${(-2 * r).toFixed(2)} 0z`;
    })
    .join('');
  const bars = (vague: boolean, thickness: number): string =>
    binned.spans
      .filter((span) => span.vague === vague)
      .map((span) => {
        const from = Math.max(x(span.from), -2);
        const to = Math.min(x(span.to), width + 2);
        return `M${from.toFixed(1)} ${middle - thickness / 2}h${Math.max(to - from, 2).toFixed(1)}v${thickness}h${(-Math.max(to - from, 2)).toFixed(1)}z`;
      })
      .join('');
  return svg`<g class="lane" data-lane=${binned.lane.id}>
    <text class="lane-label" x="4" y=${top + LABEL - 4}>${binned.lane.label}</text>
    <path class="baseline" d="M0 ${middle}H${width}"/>
    <path class="vague" d=${bars(true, BAND - 8)}/>
    <path class="bars" d=${bars(false, 10)}/>
    <path class="points" d=${circles}/>
  </g>`;
}

function renderRange(
  range: TimeWindow | undefined,
  kind: 'selection' | 'brush',
  x: X,
  width: number,
  height: number,
): SVGTemplateResult | typeof nothing {
  if (!range) return nothing;
  const from = Math.max(x(range.from), -4);
  const to = Math.min(x(range.to), width + 4);
  if (to < 0 || from > width) return nothing;
  return svg`<rect class=${kind} x=${from.toFixed(1)} y=${AXIS - 4} width=${Math.max(to - from, 2).toFixed(1)} height=${height - AXIS + 2}/>`;
}
