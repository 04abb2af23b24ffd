import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  ElementIds,
  renderDataState,
  renderInputProblems,
  SamFhirElement,
  SamSelectEvent,
  toggled,
  type SamSelectDetail,
} from '@samspill/core';
import { BlobUrls } from './timeline.blob-urls.js';
import type { EventType, TimelineEvent } from './timeline.event.js';
import type { EventRowContext } from './timeline.event-row.js';
import { renderFilterControls } from './timeline.filter-controls.js';
import { FirstPaint } from './timeline.first-paint.js';
import type { CustomRange, RangePreset } from './timeline.filter.js';
import { EventKeys } from './timeline.keyboard.js';
import { timelineLabels, type TimelineLabels } from './timeline.labels.js';
import { loadTimeline } from './timeline.load.js';
import { timelineModel, timelineModelSteps, type TimelineModel, type TimelineModelOptions } from './timeline.model.js';
import { OverviewLoad } from './timeline.overview-load.js';
import { renderOverviewPanel } from './timeline.overview-panel.js';
import { relatedTitles } from './timeline.related.js';
import { renderEventList } from './timeline.list.js';
import type { TimelineRow } from './timeline.rows.js';
import { renderStreaming, streamed, type Streaming } from './timeline.streaming.js';
import { timelineStyles } from './timeline.styles.js';
import { timelineView, type TimelineView } from './timeline.view.js';
import { VirtualRows } from './timeline.virtual-rows.js';
import { timelineLocales } from './locales/pack.js';

/** What `sam-select` carries: the event chosen and the FHIR resources behind it. */
export type TimelineSelectDetail = SamSelectDetail<'event', TimelineEvent>;

declare global {
  interface SamSelectItemMap {
    event: TimelineEvent;
  }
}

// First guesses at row heights (px), replaced by measurements as rows are rendered.
const ESTIMATE: Readonly<Record<TimelineRow['kind'], number>> = { section: 48, day: 40, event: 92 };
// Rendered beyond the viewport on each side, so fast scrolling and arrow keys rarely meet a gap.
const OVERSCAN = 480;
// Narrower than this (px), the overview starts folded away: its lanes would fill a phone's screen.
const OVERVIEW_MIN_WIDTH = 600;
// In a window lower than this (px), it starts folded away too: under its lanes (about 420 px) the newest
// events would start below the first screen, as in an EHR's 1280×800 frame.
const OVERVIEW_MIN_HEIGHT = 960;

/** Whether the overview starts open: only where it leaves the newest events on the first screen. */
function roomForOverview(width: number): boolean {
  return width >= OVERVIEW_MIN_WIDTH && window.innerHeight >= OVERVIEW_MIN_HEIGHT;
}

/**
 * The shared patient timeline: every encounter, finding, document, medicine and appointment from
 * kommune, sykehus and fastlege by clinical date, newest first, grouped by day ("I dag", "I går",
 * "tirsdag 7. mai 2024") under month or year headings. Filters by event type, source organisation,
 * time (presets, a custom range, or a stretch chosen on the overview axis) and free text. An event
 * opens to its details, results, related events, attachments and source data.
 *
 * The list renders only the rows in view, so it stays fast with tens of thousands of events.
 *
 * Give it a `source` and `patient` (or sit inside `<sam-fhir-context>`), or `.resources` alone.
 *
 * @summary The patient's events from every organisation, by clinical date.
 *
 * @attr patient - The patient to show (logical id, `Patient/` optional); else the context's. Inherited from core.
 * @attr locale - `nb` (default), `nn` or `en`; else the context's, else the nearest `lang`. Inherited from core.
 * @attr time-zone - Where dates are read and days begin: an IANA zone, `Europe/Oslo` by default.
 * @prop {FhirSource | undefined} source - Where FHIR data comes from; overrides the context's. Inherited from core.
 * @prop {ResourceInput | undefined} resources - Resources or Bundles to show instead of searching a source. Inherited from core.
 * @prop {Date | number | undefined} now - "Now" for "I dag", upcoming events and the range presets; the clock when unset.
 *
 * @fires {SamSelectEvent} sam-select - An event was chosen (its title activated by click, Enter or Space). `detail: { kind: 'event', item, resources }`; bubbles, composed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart filters - The filters above the list.
 * @csspart list - The scrolling list of events.
 * @csspart event - One event in the list.
 * @csspart details - An opened event's details.
 * @csspart source - The raw FHIR JSON of an event.
 *
 * @cssprop --sam-timeline-max-height - Height of the scrolling list (default `36rem`).
 * @cssprop --sam-timeline-heading-surface - Background of the month and year headings.
 * @cssprop --sam-timeline-future-surface - Background of an upcoming event's tag.
 */
export class SamTimeline extends SamFhirElement {
  static override styles = timelineStyles;
  static override localePacks = [...SamFhirElement.localePacks, timelineLocales];
  /** Defines `<sam-timeline-overview>` when a timeline first shows it. */
  static loadOverview: () => Promise<unknown> = () => import('./define-overview.js');

  /** "Now": the day headings, what is upcoming and the range presets. The real clock when unset. */
  @property({ attribute: false }) now?: Date | number | undefined;

  /** The IANA time zone dates are read and shown in. */
  @property({ attribute: 'time-zone' }) timeZone = 'Europe/Oslo';

  /** Only these types; all when undefined. */
  @state() protected types: ReadonlySet<EventType> | undefined;
  /** Only these sources (`EventSource.key`); all when undefined. */
  @state() protected sources: ReadonlySet<string> | undefined;
  @state() protected range: RangePreset | CustomRange = 'all';
  @state() protected text = '';
  /** The type and source filters shown: folded away at first, so the list starts high on a small screen. */
  @state() protected moreFilters = false;
  /** Whether the reader unfolded the filters a narrow container folds behind "Filtrer og søk". */
  @state() protected filtersOpen = false;
  /** The overview shown, as the reader chose; until then, `overviewFits`. */
  @state() protected overviewOpen: boolean | undefined;
  /** Whether there was room for the overview when the element was first laid out. */
  private overviewFits: boolean | undefined;
  @state() protected expanded: ReadonlySet<string> = new Set();
  @state() protected sourceShown: ReadonlySet<string> = new Set();
  /** The event (key) that holds the list's one tab stop. */
  @state() protected active: string | undefined;
  /** While loading: what has arrived so far, and the model built from it (at most about once a second). */
  @state() protected streaming: Streaming | undefined;

  @query('.viewport') private viewport?: HTMLElement | null;

  /** A long record's first screen, then the whole. Made before `timeline`, whose model uses it. */
  private readonly firstPaint = new FirstPaint(this);

  protected readonly timeline = this.patientData<TimelineModel>({
    args: () => [this.now, this.timeZone],
    load: async (source, patient, signal) => {
      this.streaming = undefined;
      const loaded = await loadTimeline(source, patient, {
        signal,
        onProgress: (progress) => {
          if (signal.aborted) return;
          this.streaming = streamed(this.streaming, progress, performance.now(), (arrived) =>
            this.firstPaint.preview(arrived.resources, (input) => timelineModel(input, this.modelOptions)),
          );
        },
      });
      if (!signal.aborted) this.streaming = undefined;
      return loaded;
    },
    // Loaded: the matches and what they include (medicines, organisations) together. A long record
    // shows its newest events first, and the whole a moment later.
    model: (resources, related) =>
      this.firstPaint.first(
        related.length > 0 ? [resources, related] : resources,
        (input) => timelineModel(input, this.modelOptions),
        (input) => timelineModelSteps(input, this.modelOptions),
      ),
    isEmpty: (model) => model.events.length === 0 && model.problems.length === 0,
  });

  /** The list's rows in view, measured as they are seen. */
  private readonly rows = new VirtualRows<TimelineRow>(this, {
    estimate: (row) => ESTIMATE[row.kind],
    key: (row) => row.key,
    overscan: OVERSCAN,
    viewport: () => this.viewport,
    rowSelector: 'li.row',
  });

  private readonly keys = new EventKeys(this, {
    rows: this.rows,
    eventRows: () => this.derived?.view.eventRows,
    activate: (key) => {
      this.active = key;
    },
  });

  private readonly overview = new OverviewLoad(this, () => (this.constructor as typeof SamTimeline).loadOverview());
  private readonly blobUrls = new BlobUrls(this);
  private readonly ids = new ElementIds();
  private derived?: { readonly inputs: readonly unknown[]; readonly model: TimelineModel; readonly view: TimelineView };

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // Room to show the overview: fetch it while the record loads.
    if (roomForOverview(this.clientWidth)) this.overview.request();
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const t = timelineLabels[locale];
    return html`<div part="base" class="base" lang=${locale}>
      <h2 class="sam-visually-hidden">${t.heading}</h2>
      ${renderDataState(this.timeline, {
        locale,
        empty: t.empty,
        describe: (model) => t.events(this.firstPaint.of(model).events.length),
        skeleton: () => renderStreaming(this.streaming, t, (model) => this.renderModel(model, t)),
        data: (model) => this.renderModel(this.firstPaint.of(model), t),
      })}
    </div>`;
  }

  private get modelOptions(): TimelineModelOptions {
    const now = this.now === undefined ? {} : { now: this.now };
    return { locale: this.effectiveLocale, timeZone: this.timeZone, ...now };
  }

  /** The filtered events, facets and rows, computed again only when the model or a filter changes. */
  private view(model: TimelineModel): TimelineView {
    const inputs = [model, this.types, this.sources, this.range, this.text];
    if (this.derived?.inputs.every((input, i) => input === inputs[i])) return this.derived.view;
    const filter = {
      text: this.text,
      range: this.range,
      ...(this.types ? { types: [...this.types] } : {}),
      ...(this.sources ? { sources: [...this.sources] } : {}),
    };
    const view = timelineView(model, filter, this.derived);
    this.derived = { inputs, model, view };
    return view;
  }

  private renderModel(model: TimelineModel, t: TimelineLabels): TemplateResult {
    const view = this.view(model);
    // Only the newest events of a long record so far: the counts would be the first screen's.
    const firstScreen = this.firstPaint.isFirstScreen(model);
    // Decided once, the first time the element has a width: it must not fold away while someone reads.
    const width = this.clientWidth;
    if (this.overviewFits === undefined && width > 0) this.overviewFits = roomForOverview(width);
    return html`
      ${renderInputProblems(model.problems, model.locale)}
      ${renderOverviewPanel(model, view, {
        t,
        // Folded until the element has a size (a hidden tab, a server): it opens once there is room.
        open: this.overviewOpen ?? this.overviewFits ?? false,
        loaded: () => this.overview.request(),
        range: this.range,
        setOpen: (open) => {
          this.overviewOpen = open;
        },
        setRange: (range) => {
          this.filter({ range });
        },
      })}
      ${renderFilterControls(view, {
        t,
        locale: model.locale,
        timeZone: model.timeZone,
        text: this.text,
        range: this.range,
        types: this.types,
        sources: this.sources,
        moreFilters: this.moreFilters,
        open: this.filtersOpen,
        toggle: () => {
          this.filtersOpen = !this.filtersOpen;
        },
        setText: (text) => {
          this.filter({ text });
        },
        setRange: (range) => {
          this.filter({ range });
        },
        setMoreFilters: (open) => {
          this.moreFilters = open;
        },
        setTypes: (types) => {
          this.filter({ types });
        },
        setSources: (sources) => {
          this.filter({ sources });
        },
        clear: () => {
          this.filter({ types: undefined, sources: undefined, range: 'all', text: '' });
        },
      })}
      <p class="summary">${firstScreen ? t.completing : t.shown(view.events.length, model.events.length)}</p>
      <div class="sam-visually-hidden filter-status" role="status">
        ${this.text.trim() ? t.matches(view.events.length) : ''}
      </div>
      <div class="sam-visually-hidden completion-status" role="status">${firstScreen ? t.completing : ''}</div>
      ${
        view.events.length === 0
          ? html`<p class="sam-empty no-matches">${t.noMatches}</p>`
          : renderEventList(view, {
              t,
              rows: this.rows,
              keys: this.keys,
              active: this.active,
              event: this.eventContext(t),
            })
      }
    `;
  }

  private eventContext(t: TimelineLabels): EventRowContext {
    return {
      locale: this.effectiveLocale,
      t,
      expanded: this.expanded,
      sourceShown: this.sourceShown,
      idOf: (key) => this.ids.of(key),
      select: (event) => {
        this.dispatchEvent(new SamSelectEvent({ kind: 'event', item: event, resources: event.resources }));
      },
      toggle: (which, key) => {
        this[which] = toggled(this[which], key);
      },
      relatedTitles: (event) => relatedTitles(event, this.timeline.data && this.firstPaint.of(this.timeline.data)),
      blobUrl: (key, attachment) => this.blobUrls.of(key, attachment),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Filters

  /** Sets filters, and goes back to the newest event: the old position means nothing in the new list. */
  private filter(choices: {
    types?: ReadonlySet<EventType> | undefined;
    sources?: ReadonlySet<string> | undefined;
    range?: RangePreset | CustomRange;
    text?: string;
  }): void {
    Object.assign(this, choices);
    this.rows.toTop();
  }
}
