import { html, LitElement, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_TIME_ZONE, formatNumber, resolveLocale, resolveTimeZone, type Locale } from '@samspill/core/data.js';
import type { TimelineEvent } from './timeline.event.js';
import { overviewLabels } from './timeline-overview.labels.js';
import { overviewStyles } from './timeline-overview.styles.js';
import {
  binOverview,
  clampWindow,
  dateFormat,
  fit,
  MIN_WINDOW,
  moveTo,
  overviewBounds,
  overviewModel,
  pan,
  ticks,
  zoom,
  type BinnedLane,
  type OverviewModel,
  type TimeWindow,
} from './timeline.overview.js';

/** What `sam-range-change` carries: the chosen range, or undefined when it was cleared. */
export type SamRangeChangeDetail = { readonly from: Date; readonly to: Date } | undefined;

// Layout in pixels: the tick labels on top, then one row per lane, its name above its band.
const AXIS = 24;
const LABEL = 16;
const BAND = 26;
const LANE = LABEL + BAND + 4;
const BIN = 14;
// The largest mark's radius: marks grow with the logarithm of their count up to it.
const MAX_RADIUS = 7;
const FALLBACK_WIDTH = 600;
// Keyboard and button steps.
const ZOOM_STEP = 1.5;
const PAN_STEP = 0.1;
// A pointer that moves less than this is a click, not a drag or a brush.
const DRAG_SLOP = 4;
const ANNOUNCE_DELAY = 600;

type Gesture =
  | { readonly kind: 'pan'; readonly x: number; readonly view: TimeWindow }
  | { readonly kind: 'brush'; readonly x: number; readonly at: number }
  | { readonly kind: 'pinch'; readonly distance: number; readonly anchor: number; readonly view: TimeWindow };

/**
 * The zoomable overview axis of the patient timeline: one row (lane) per kind of event, with point
 * events counted into marks that grow with their count, stays and courses drawn as bars, events known
 * only to the year or month as faint bars over that year or month, and an "I dag" marker. It takes the
 * events it is given and says which range the reader chose; it does not filter them itself.
 *
 * Zoom and pan: the wheel over the chart zooms around the pointer, dragging pans, two fingers pinch;
 * on the keyboard (the chart is one focusable element) ← → pan, + and − zoom, Home and End jump to
 * the first and last event, 0 shows everything. Choose a range with "Filtrer til utsnittet" or Enter
 * (the visible window), or drag across the chart with Shift held (or, on a touch screen, after
 * pressing "Velg periode") to brush one; "Nullstill" or Escape clears it. The visible window is described in words below the chart and announced politely.
 *
 * @summary The zoomable overview axis of the patient timeline, by category.
 *
 * @attr locale - `nb` (default), `nn` or `en`.
 * @prop {readonly TimelineEvent[]} events - The events to draw (already filtered by type, source and text).
 * @prop {{ from: Date; to: Date } | undefined} selection - The active range, drawn highlighted and described.
 * @prop {string} timeZone - Where ticks and dates are read: `Europe/Oslo` unless set.
 * @prop {Date | undefined} now - "Now" for the "I dag" marker; the real clock when unset.
 *
 * @fires sam-range-change - A range was chosen (`detail: { from, to }`) or cleared (`detail: undefined`); bubbles, composed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart controls - The row of buttons.
 * @csspart chart - The focusable chart that zooms and pans.
 * @csspart description - The visible window in words.
 * @csspart legend - What the marks mean.
 *
 * @cssprop --sam-timeline-overview-mark - Colour of marks and bars (3:1 against the surface).
 * @cssprop --sam-timeline-overview-now - Colour of the "I dag" marker.
 * @cssprop --sam-timeline-overview-selection - Colour of the selected range's outline and fill.
 */
export class SamTimelineOverview extends LitElement {
  static override styles = overviewStyles;

  /** The events to draw. */
  @property({ attribute: false }) events: readonly TimelineEvent[] = [];
  /** The active range; undefined when none. */
  @property({ attribute: false }) selection: { from: Date; to: Date } | undefined;
  /** `nb`, `nn` or `en`. */
  @property() locale: Locale = 'nb';
  /** The IANA time zone ticks and dates are read in. */
  @property({ attribute: false }) timeZone = DEFAULT_TIME_ZONE;
  /** "Now"; the real clock when unset. */
  @property({ attribute: false }) now: Date | undefined;

  /** The visible window; undefined shows everything. */
  @state() protected view: TimeWindow | undefined;
  @state() protected width = 0;
  @state() protected announcement = '';
  @state() protected brush: TimeWindow | undefined;
  /** Dragging brushes a range instead of panning: for touch, where there is no Shift. */
  @state() protected brushMode = false;

  @query('.chart') private readonly chart?: HTMLElement;

  private model: OverviewModel = overviewModel([]);
  /** The time zone in force: `timeZone` when `Intl` knows it, else Europe/Oslo. */
  private zone = DEFAULT_TIME_ZONE;
  private resizeObserver?: ResizeObserver;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private resizeFrame = 0;
  private readonly pointers = new Map<number, number>();
  private gesture: Gesture | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.chart) this.resizeObserver?.observe(this.chart);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('events') || changed.has('locale') || changed.has('timeZone') || changed.has('now')) {
      const now = this.now?.getTime() ?? NaN;
      this.zone = resolveTimeZone(this.timeZone);
      this.model = overviewModel(this.events, {
        locale: this.effectiveLocale,
        timeZone: this.zone,
        now: Number.isFinite(now) ? now : Date.now(),
      });
      // A window the reader chose stays, within what the new events reach.
      if (this.view) this.view = clampWindow(this.view, this.bounds);
    }
  }

  protected override firstUpdated(): void {
    const chart = this.chart;
    if (!chart) return;
    // Its first report comes right after observing: the width is measured then, not during an update.
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width === undefined || width === this.width) return;
      // Redrawn in the next frame: drawing inside the observer's callback would resize what it observes.
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => {
        this.width = width;
      });
    });
    this.resizeObserver.observe(chart);
  }

  private get effectiveLocale(): Locale {
    return resolveLocale(this.locale);
  }

  private get bounds(): TimeWindow {
    return overviewBounds(this.model.extent);
  }

  /** The visible window: the reader's, else everything. */
  get visibleWindow(): TimeWindow {
    return this.view ?? fit(this.model.extent);
  }

  protected override render(): TemplateResult {
    const locale = this.effectiveLocale;
    const t = overviewLabels[locale];
    const view = this.visibleWindow;
    const width = this.width || FALLBACK_WIDTH;
    const lanes = binOverview(this.model, view, width, BIN);
    const length = view.to - view.from;
    const full = this.bounds;
    return html`<div part="base" class="base" lang=${locale}>
      <div part="controls" class="controls" role="group" aria-label=${t.controls}>
        <button
          type="button"
          class="zoom-in"
          ?disabled=${length <= MIN_WINDOW}
          @click=${() => {
            this.zoomBy(ZOOM_STEP);
          }}
        >
          ${t.zoomIn}
        </button>
        <button
          type="button"
          class="zoom-out"
          ?disabled=${length >= full.to - full.from}
          @click=${() => {
            this.zoomBy(1 / ZOOM_STEP);
          }}
        >
          ${t.zoomOut}
        </button>
        <button
          type="button"
          class="show-all"
          @click=${() => {
            this.setView(undefined);
          }}
        >
          ${t.showAll}
        </button>
        <button
          type="button"
          class="filter"
          ?disabled=${this.model.count === 0}
          @click=${() => {
            this.chooseWindow();
          }}
        >
          ${t.filter}
        </button>
        <button
          type="button"
          class="brush-mode"
          aria-pressed=${this.brushMode ? 'true' : 'false'}
          ?disabled=${this.model.count === 0}
          @click=${() => {
            this.brushMode = !this.brushMode;
          }}
        >
          ${t.brush}
        </button>
        ${
          this.selection
            ? html`<button
                type="button"
                class="clear"
                @click=${() => {
                  this.clear();
                }}
              >
                ${t.clear}
              </button>`
            : nothing
        }
      </div>
      <div
        part="chart"
        class="chart ${this.brushMode ? 'is-brushing' : ''}"
        tabindex="0"
        role="application"
        aria-label=${t.chart}
        aria-describedby="description help"
        @keydown=${this.onKeyDown}
        @wheel=${this.onWheel}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
      >
        ${this.renderChart(lanes, view, width)}
      </div>
      <p part="description" id="description" class="description">${this.describe(lanes, view)}</p>
      ${this.model.count > 0 ? html`<p part="legend" class="legend">${t.legend}</p>` : nothing}
      <p id="help" class="sam-visually-hidden">${t.help}</p>
      <div class="sam-visually-hidden" role="status">${this.announcement}</div>
      ${this.renderTable(lanes)}
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  private renderChart(lanes: readonly BinnedLane[], view: TimeWindow, width: number): TemplateResult {
    const t = overviewLabels[this.effectiveLocale];
    const height = AXIS + Math.max(lanes.length, 1) * LANE;
    const x = (at: number): number => ((at - view.from) / (view.to - view.from)) * width;
    const axis = ticks(view, width, { locale: this.effectiveLocale, timeZone: this.zone });
    const now = this.model.extent.now;
    const nowX = x(now);
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
      ${lanes.map((lane, index) => this.renderLane(lane, AXIS + index * LANE, x, width))}
      ${this.renderRange(this.selection && { from: this.selection.from.getTime(), to: this.selection.to.getTime() }, 'selection', x, width, height)}
      ${this.renderRange(this.brush, 'brush', x, width, height)}
      ${
        nowX >= 0 && nowX <= width
          ? svg`<path class="now" d="M${nowX.toFixed(1)} ${AXIS - 4}V${height}"/>
          <text class="now-label" x=${nowX.toFixed(1)} y=${AXIS - 10} text-anchor=${nowX > width - 40 ? 'end' : nowX < 40 ? 'start' : 'middle'}>${t.today}</text>`
          : nothing
      }
    </svg>`;
  }

  private renderLane(binned: BinnedLane, top: number, x: (at: number) => number, width: number): SVGTemplateResult {
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

  private renderRange(
    range: TimeWindow | undefined,
    kind: 'selection' | 'brush',
    x: (at: number) => number,
    width: number,
    height: number,
  ): SVGTemplateResult | typeof nothing {
    if (!range) return nothing;
    const from = Math.max(x(range.from), -4);
    const to = Math.min(x(range.to), width + 4);
    if (to < 0 || from > width) return nothing;
    return svg`<rect class=${kind} x=${from.toFixed(1)} y=${AXIS - 4} width=${Math.max(to - from, 2).toFixed(1)} height=${height - AXIS + 2}/>`;
  }

  private renderTable(lanes: readonly BinnedLane[]): TemplateResult {
    const t = overviewLabels[this.effectiveLocale];
    const locale = this.effectiveLocale;
    // Hidden through a wrapper: a table grows to fit its cells, whatever width it is given.
    return html`<div class="sam-visually-hidden">
      <table>
        <caption>
          ${t.lanes}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.category}</th>
            <th scope="col">${t.inWindow}</th>
            <th scope="col">${t.total}</th>
          </tr>
        </thead>
        <tbody>
          ${lanes.map(
            (lane) =>
              html`<tr>
                <th scope="row">${lane.lane.label}</th>
                <td>${formatNumber(lane.count, { locale })}</td>
                <td>${formatNumber(lane.lane.count, { locale })}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Words

  private describe(lanes: readonly BinnedLane[], view: TimeWindow): string {
    const t = overviewLabels[this.effectiveLocale];
    if (this.model.count === 0) return t.noEvents;
    const count = lanes.reduce((sum, lane) => sum + lane.count, 0);
    const number = formatNumber(count, { locale: this.effectiveLocale });
    const shown = t.showing(this.period(view), t.events(number, count === 1));
    const selection = this.selection;
    return selection
      ? `${shown} ${t.selected(this.period({ from: selection.from.getTime(), to: selection.to.getTime() }))}`
      : shown;
  }

  /** "3. mars 2019–5. mai 2024"; with the time of day when the window is shorter than a few days. */
  private period(range: TimeWindow): string {
    const short = range.to - range.from < 3 * 24 * 3_600_000;
    const format = dateFormat(this.effectiveLocale, {
      timeZone: this.zone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(short ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {}),
    });
    return format.formatRange(range.from, Math.max(range.from, range.to - 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Changing the window and choosing a range

  private setView(view: TimeWindow | undefined): void {
    this.view = view && clampWindow(view, this.bounds);
    // Said once the reader stops: a held arrow key must not queue a sentence per step.
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const window = this.visibleWindow;
      this.announcement = this.describe(binOverview(this.model, window, this.width || FALLBACK_WIDTH, BIN), window);
    }, ANNOUNCE_DELAY);
  }

  private zoomBy(factor: number, anchor?: number): void {
    const view = this.visibleWindow;
    this.setView(zoom(view, factor, anchor ?? (view.from + view.to) / 2, this.bounds));
  }

  private chooseWindow(): void {
    if (this.model.count === 0) return;
    const view = this.visibleWindow;
    this.emit({ from: new Date(view.from), to: new Date(view.to) });
  }

  private clear(): void {
    this.emit(undefined);
  }

  private emit(detail: SamRangeChangeDetail): void {
    const event = new CustomEvent('sam-range-change', { bubbles: true, composed: true, detail });
    // CustomEvent turns an undefined detail into null; "cleared" is undefined, as declared.
    if (detail === undefined) Object.defineProperty(event, 'detail', { value: undefined });
    this.dispatchEvent(event);
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const view = this.visibleWindow;
    const { first, last } = this.model.extent;
    const step = event.shiftKey ? 0.5 : PAN_STEP;
    switch (event.key) {
      case 'ArrowLeft':
        this.setView(pan(view, -step, this.bounds));
        break;
      case 'ArrowRight':
        this.setView(pan(view, step, this.bounds));
        break;
      case 'PageUp':
        this.setView(pan(view, -1, this.bounds));
        break;
      case 'PageDown':
        this.setView(pan(view, 1, this.bounds));
        break;
      case '+':
      case '=':
        this.zoomBy(ZOOM_STEP);
        break;
      case '-':
      case '_':
        this.zoomBy(1 / ZOOM_STEP);
        break;
      case 'Home':
        this.setView(moveTo(view, first, 'start', this.bounds));
        break;
      case 'End':
        this.setView(moveTo(view, last, 'end', this.bounds));
        break;
      case '0':
        this.setView(undefined);
        break;
      case 'Enter':
        this.chooseWindow();
        break;
      case 'Escape':
        // Left alone without a selection, so a dialog around the chart still closes.
        if (!this.selection) return;
        this.clear();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  /** The instant under a client x coordinate. */
  private instantAt(clientX: number): number {
    const box = this.chart?.getBoundingClientRect();
    const view = this.visibleWindow;
    if (!box || box.width === 0) return (view.from + view.to) / 2;
    return view.from + ((clientX - box.left) / box.width) * (view.to - view.from);
  }

  private readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const scale =
      event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 400 : 1;
    const dx = event.deltaX * scale;
    const dy = event.deltaY * scale;
    if (Math.abs(dx) > Math.abs(dy)) {
      this.setView(pan(this.visibleWindow, dx / (this.width || FALLBACK_WIDTH), this.bounds));
    } else if (dy !== 0) {
      // A trackpad pinch arrives as a wheel with Ctrl and small steps: it zooms faster per step.
      this.zoomBy(Math.exp(-dy / (event.ctrlKey ? 100 : 300)), this.instantAt(event.clientX));
    }
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    try {
      // Captured, so a drag that leaves the chart still ends here.
      this.chart?.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not know (a synthetic event) cannot be captured; the drag still works.
    }
    this.pointers.set(event.pointerId, event.clientX);
    if (this.pointers.size === 2) {
      const [a = 0, b = 0] = [...this.pointers.values()];
      this.brush = undefined;
      const anchor = this.instantAt((a + b) / 2);
      this.gesture = { kind: 'pinch', distance: Math.max(Math.abs(a - b), 1), anchor, view: this.visibleWindow };
    } else if (this.pointers.size === 1) {
      this.gesture =
        event.shiftKey || this.brushMode
          ? { kind: 'brush', x: event.clientX, at: this.instantAt(event.clientX) }
          : { kind: 'pan', x: event.clientX, view: this.visibleWindow };
    }
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId) || !this.gesture) return;
    this.pointers.set(event.pointerId, event.clientX);
    const gesture = this.gesture;
    const width = this.chart?.getBoundingClientRect().width ?? 0;
    if (gesture.kind === 'pan') {
      const moved = event.clientX - gesture.x;
      if (Math.abs(moved) >= DRAG_SLOP && width > 0) this.setView(pan(gesture.view, -moved / width, this.bounds));
    } else if (gesture.kind === 'brush') {
      const at = this.instantAt(event.clientX);
      this.brush =
        Math.abs(event.clientX - gesture.x) >= DRAG_SLOP
          ? { from: Math.min(gesture.at, at), to: Math.max(gesture.at, at) }
          : undefined;
    } else {
      const [a = 0, b = 0] = [...this.pointers.values()];
      this.setView(zoom(gesture.view, Math.max(Math.abs(a - b), 1) / gesture.distance, gesture.anchor, this.bounds));
    }
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    const brush = this.brush;
    if (this.gesture?.kind === 'brush' && brush && event.type === 'pointerup') {
      this.emit({ from: new Date(brush.from), to: new Date(brush.to) });
      // One range per press of "Velg periode": the next drag pans again.
      this.brushMode = false;
    }
    this.brush = undefined;
    // A pinch that loses a finger goes on as a pan with the other.
    const [remaining] = this.pointers.values();
    this.gesture = remaining === undefined ? undefined : { kind: 'pan', x: remaining, view: this.visibleWindow };
  };
}

declare global {
  interface HTMLElementEventMap {
    /** The overview's range was chosen (`{ from, to }`) or cleared (`undefined`). */
    'sam-range-change': CustomEvent<SamRangeChangeDetail>;
  }
}
