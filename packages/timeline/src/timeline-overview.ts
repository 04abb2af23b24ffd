import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { DEFAULT_TIME_ZONE, resolveLocale, resolveTimeZone, type Locale } from '@samspill/core/data.js';
import type { TimelineEvent } from './timeline.event.js';
import { renderChart } from './timeline-overview.chart.js';
import { describeOverview } from './timeline-overview.description.js';
import { OverviewGestures } from './timeline-overview.gestures.js';
import { overviewKeyAction, ZOOM_STEP, zoomAround } from './timeline-overview.keyboard.js';
import { overviewLabels } from './timeline-overview.labels.js';
import {
  binOverview,
  clampWindow,
  fit,
  MIN_WINDOW,
  overviewBounds,
  overviewModel,
  type BinnedLane,
  type OverviewModel,
  type TimeWindow,
} from './timeline-overview.model.js';
import { SamRangeChangeEvent, type SamRangeChangeDetail } from './timeline-overview.range-change-event.js';
import { overviewStyles } from './timeline-overview.styles.js';
import { renderLaneTable } from './timeline-overview.table.js';

export { SamRangeChangeEvent, type SamRangeChangeDetail } from './timeline-overview.range-change-event.js';

// Marks are counted into bins this many pixels wide.
const BIN = 14;
const FALLBACK_WIDTH = 600;
const ANNOUNCE_DELAY = 600;

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
 * @fires {SamRangeChangeEvent} sam-range-change - A range was chosen (`detail: { from, to }`) or cleared (`detail: undefined`); bubbles, composed.
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
  /** Dragging brushes a range instead of panning: for touch, where there is no Shift. */
  @state() protected brushMode = false;

  @query('.chart') private readonly chart?: HTMLElement;

  private model: OverviewModel = overviewModel([]);
  /** The time zone in force: `timeZone` when `Intl` knows it, else Europe/Oslo. */
  private zone = DEFAULT_TIME_ZONE;
  private resizeObserver?: ResizeObserver;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private resizeFrame = 0;
  private readonly gestures = new OverviewGestures(this, {
    chart: () => this.chart,
    width: () => this.width || FALLBACK_WIDTH,
    visibleWindow: () => this.visibleWindow,
    bounds: () => this.bounds,
    setView: (view) => {
      this.setView(view);
    },
    brushMode: () => this.brushMode,
    brushed: (range) => {
      this.emit({ from: new Date(range.from), to: new Date(range.to) });
      // One range per press of "Velg periode": the next drag pans again.
      this.brushMode = false;
    },
  });

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
        @wheel=${this.gestures.onWheel}
        @pointerdown=${this.gestures.onPointerDown}
        @pointermove=${this.gestures.onPointerMove}
        @pointerup=${this.gestures.onPointerUp}
        @pointercancel=${this.gestures.onPointerUp}
      >
        ${renderChart({
          lanes,
          view,
          width,
          now: this.model.extent.now,
          selection: this.selectedWindow,
          brush: this.gestures.brush,
          locale,
          timeZone: this.zone,
          today: t.today,
        })}
      </div>
      <p part="description" id="description" class="description">${this.describe(lanes, view)}</p>
      ${this.model.count > 0 ? html`<p part="legend" class="legend">${t.legend}</p>` : nothing}
      <p id="help" class="sam-visually-hidden">${t.help}</p>
      <div class="sam-visually-hidden" role="status">${this.announcement}</div>
      ${renderLaneTable(lanes, locale)}
    </div>`;
  }

  /** The selection as instants. */
  private get selectedWindow(): TimeWindow | undefined {
    return this.selection && { from: this.selection.from.getTime(), to: this.selection.to.getTime() };
  }

  private describe(lanes: readonly BinnedLane[], view: TimeWindow): string {
    return describeOverview({
      count: this.model.count,
      lanes,
      view,
      selection: this.selectedWindow,
      locale: this.effectiveLocale,
      timeZone: this.zone,
    });
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

  private zoomBy(factor: number): void {
    this.setView(zoomAround(this.visibleWindow, factor, this.bounds));
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
    this.dispatchEvent(new SamRangeChangeEvent(detail));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const action = overviewKeyAction(event, {
      view: this.visibleWindow,
      bounds: this.bounds,
      extent: this.model.extent,
      selected: this.selection !== undefined,
    });
    if (!action) return;
    if (action.kind === 'view') this.setView(action.view);
    else if (action.kind === 'choose') this.chooseWindow();
    else this.clear();
    event.preventDefault();
  };
}
