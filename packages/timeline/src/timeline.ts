import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DataController,
  intlLocale,
  parsePartialDate,
  renderDataState,
  renderSourceView,
  renderSkeleton,
  resourceNoun,
  SamFhirElement,
  selectEvent,
  type Locale,
  type SamSelectDetail,
} from '@samspill/core';
import { eventAttachments, type AttachmentView } from './timeline.attachments.js';
import { dayKey } from './timeline.dates.js';
import { EVENT_TYPES, keyOf, type EventType, type TimelineEvent } from './timeline.event.js';
import {
  RANGE_PRESETS,
  filterEvents,
  sourceFacets,
  typeFacets,
  type CustomRange,
  type RangePreset,
  type SourceFacet,
  type TimelineFilter,
  type TypeFacet,
} from './timeline.filter.js';
import { groupTimeline } from './timeline.groups.js';
import { timelineLabels, type TimelineLabels } from './timeline.labels.js';
import { loadTimeline, type TimelineProgress } from './timeline.load.js';
import type { SamRangeChangeDetail } from './timeline-overview.js';
import { timelineModel, type TimelineModel } from './timeline.model.js';
import { eventRowIndexes, timelineRows, type EventRow, type TimelineRow } from './timeline.rows.js';
import { rangeOfSelection, selectionOfRange, type TimeSelection } from './timeline.selection.js';
import { timelineStyles } from './timeline.styles.js';
import { VirtualRows } from './timeline.virtual-rows.js';
import { rowAt } from './timeline.window.js';

/** What `sam-select` carries: the event chosen and the FHIR resources behind it. */
export type TimelineSelectDetail = SamSelectDetail<'event', TimelineEvent>;

/** What the element shows: the model and what the load says is missing from it. */
interface TimelineData {
  readonly model: TimelineModel;
  readonly skipped: readonly string[];
  readonly truncated: boolean;
}

/** A load in progress: the searches so far, and a model of what has arrived when there is enough. */
interface Streaming {
  readonly progress: TimelineProgress;
  readonly data?: TimelineData;
  /** The progress `data` was built at: what is announced (at most as often as the model is rebuilt). */
  readonly built?: TimelineProgress;
  /** When `data` was built, and from how many resources. */
  readonly builtAt: number;
  readonly builtFrom: number;
}

/** The model narrowed by the filters, and everything the view derives from that. */
interface TimelineView {
  readonly events: readonly TimelineEvent[];
  /** The events before the range filter: what the overview draws. */
  readonly overviewEvents: readonly TimelineEvent[];
  /** Every type and source in the model: the filter's choices. */
  readonly allTypes: readonly TypeFacet[];
  readonly allSources: readonly SourceFacet[];
  /** The types and sources with counts under the other filters. */
  readonly types: readonly TypeFacet[];
  readonly sources: readonly SourceFacet[];
  readonly rows: readonly TimelineRow[];
  readonly eventRows: readonly number[];
  /** The row of each event, by event key. */
  readonly rowOfEvent: ReadonlyMap<string, number>;
}

const ICONS = {
  chevron: svg`<path d="m6 4 4 4-4 4"/>`,
  future: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5V8l2.5 1.5"/>`,
  file: svg`<path d="M4 1.5h5l3.5 3.5v9.5H4z"/><path d="M9 1.5V5h3.5"/>`,
} as const;

function icon(shape: keyof typeof ICONS): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${ICONS[shape]}</svg>`;
}

// First guesses at row heights (px), replaced by measurements as rows are rendered.
const ESTIMATE: Readonly<Record<TimelineRow['kind'], number>> = { section: 48, day: 40, event: 92 };
// While loading, the model is rebuilt at most this often (it takes about half a second for 13 000
// events) and only once this many more resources have arrived.
const REBUILD_MS = 1000;
const REBUILD_RESOURCES = 200;
// Rendered beyond the viewport on each side, so fast scrolling and arrow keys rarely meet a gap.
const OVERSCAN = 480;
// Narrower than this (px), the overview starts folded away: its lanes would fill a phone's screen.
const OVERVIEW_MIN_WIDTH = 600;

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
 * @fires sam-select - An event was chosen (its title activated by click, Enter or Space). `detail: { kind: 'event', item, resources }`; bubbles, composed.
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
  /** The overview shown, as the reader chose; until then, `overviewFits`. */
  @state() protected overviewOpen: boolean | undefined;
  /** Whether the element was wide enough for the overview when first laid out. */
  private overviewFits: boolean | undefined;
  @state() protected expanded: ReadonlySet<string> = new Set();
  @state() protected sourceShown: ReadonlySet<string> = new Set();
  /** The event (key) that holds the list's one tab stop. */
  @state() protected active: string | undefined;

  /** While loading: what has arrived so far, and the model built from it (at most about once a second). */
  @state() protected streaming: Streaming | undefined;

  @query('.viewport') private viewport?: HTMLElement | null;

  protected readonly timeline = new DataController<TimelineData>(this, {
    args: () => [this.dataSource, this.patientId, this.resources, this.effectiveLocale, this.now, this.timeZone],
    ready: () => this.dataSource !== undefined && (this.patientId !== undefined || this.resources !== undefined),
    isEmpty: ({ model }) => model.events.length === 0 && model.problems.length === 0,
    load: async (signal) => {
      const options = {
        locale: this.effectiveLocale,
        timeZone: this.timeZone,
        ...(this.now === undefined ? {} : { now: this.now }),
      };
      const patient = this.patientId;
      const source = this.dataSource;
      // Resources without a patient: everything given is the timeline.
      if (patient === undefined || source === undefined) {
        return { data: { model: timelineModel(this.resources, options), skipped: [], truncated: false }, failures: [] };
      }
      if (this.streaming) this.streaming = undefined;
      const onProgress = (progress: TimelineProgress): void => {
        if (!signal.aborted) this.progress(progress, options);
      };
      const loaded = await loadTimeline(source, patient, { signal, onProgress });
      if (!signal.aborted) this.streaming = undefined;
      return {
        data: { model: timelineModel(loaded.resources, options), skipped: loaded.skipped, truncated: loaded.truncated },
        failures: loaded.failures,
      };
    },
  });

  /** The list's rows in view, measured as they are seen. */
  private readonly rows = new VirtualRows<TimelineRow>(this, {
    estimate: (row) => ESTIMATE[row.kind],
    key: (row) => row.key,
    overscan: OVERSCAN,
    viewport: () => this.viewport,
    rowSelector: 'li.row',
  });

  private derived?: { inputs: readonly unknown[]; view: TimelineView };
  private readonly ids = new Map<string, number>();
  private readonly blobUrls = new Map<string, string | undefined>();
  private readonly related = new WeakMap<TimelineModel, Map<string, TimelineEvent>>();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Made again when rendered after a reconnect (the rows controller renders again then).
    for (const url of this.blobUrls.values()) if (url) URL.revokeObjectURL(url);
    this.blobUrls.clear();
  }

  protected override render() {
    const locale = this.effectiveLocale;
    const t = timelineLabels[locale];
    return html`<div part="base" class="base" lang=${locale}>
      <h2 class="sam-visually-hidden">${t.heading}</h2>
      ${renderDataState(this.timeline, {
        locale,
        empty: t.empty,
        describe: ({ model }) => t.events(model.events.length),
        skeleton: () => this.renderLoading(locale),
        data: (data) => this.renderData(data, locale),
      })}
    </div>`;
  }

  // ---------------------------------------------------------------------------------------------
  // The view

  /** While loading: a skeleton, then the events that have arrived, under a progress bar. */
  private renderLoading(locale: Locale): TemplateResult {
    const t = timelineLabels[locale];
    const streaming = this.streaming;
    if (!streaming) return renderSkeleton();
    const { progress, data, built } = streaming;
    const events = data?.model.events.length ?? 0;
    return html`<div class="progress">
        <p id="progress-label">${t.progressText(progress.searchesDone, progress.searchesTotal, events)}</p>
        <div class="sam-visually-hidden progress-status" role="status">
          ${built ? t.progressText(built.searchesDone, built.searchesTotal, events) : ''}
        </div>
        <progress
          aria-labelledby="progress-label"
          max=${progress.searchesTotal}
          value=${progress.searchesDone}
        ></progress>
      </div>
      ${data ? this.renderData(data, locale) : renderSkeleton()}`;
  }

  /** Keeps what has arrived, and models it when enough is new and the last model is old enough. */
  private progress(progress: TimelineProgress, options: Parameters<typeof timelineModel>[1]): void {
    const previous = this.streaming;
    const now = performance.now();
    const fresh = progress.resources.length - (previous?.builtFrom ?? 0);
    const due = previous === undefined || now - previous.builtAt >= REBUILD_MS;
    if (fresh >= REBUILD_RESOURCES && due) {
      const data = { model: timelineModel(progress.resources, options), skipped: [], truncated: false };
      const builtFrom = progress.resources.length;
      this.streaming = { progress, data, built: progress, builtAt: performance.now(), builtFrom };
    } else {
      // Nothing built yet: the first model is due as soon as enough has arrived.
      this.streaming = { ...(previous ?? { builtAt: -Infinity, builtFrom: 0 }), progress };
    }
  }

  private renderData(data: TimelineData, locale: Locale): TemplateResult {
    const t = timelineLabels[locale];
    const { model } = data;
    const view = this.view(model);
    const problems = [...new Set(model.problems.map((problem) => problem.text))];
    const missing = [
      ...(data.skipped.length > 0
        ? [
            t.skipped(
              new Intl.ListFormat(intlLocale(locale)).format(data.skipped.map((type) => resourceNoun(type, locale))),
            ),
          ]
        : []),
      ...(data.truncated ? [t.truncated] : []),
    ];
    return html`
      ${
        problems.length > 0
          ? html`<sam-notice class="input-problems" variant="warning" heading=${t.inputProblems}
              >${lines(problems)}</sam-notice
            >`
          : nothing
      }
      ${
        missing.length > 0
          ? html`<sam-notice class="not-shown" variant="warning" heading=${t.notShown}>${lines(missing)}</sam-notice>`
          : nothing
      }
      ${this.renderOverview(model, view, t)} ${this.renderFilters(model, view, t)}
      <p class="summary">${t.shown(view.events.length, model.events.length)}</p>
      <div class="sam-visually-hidden filter-status" role="status">
        ${this.text.trim() ? t.matches(view.events.length) : ''}
      </div>
      ${view.events.length === 0 ? html`<p class="sam-empty no-matches">${t.noMatches}</p>` : this.renderList(view, t)}
    `;
  }

  /**
   * The overview axis under a disclosure button. It starts open where the element is wide enough for
   * lanes and list together, and closed on a narrow screen, where it would push the list below the fold.
   */
  private renderOverview(model: TimelineModel, view: TimelineView, t: TimelineLabels): TemplateResult {
    // Decided once, the first time the element has a width: it must not fold away while someone reads.
    const width = this.clientWidth;
    if (this.overviewFits === undefined && width > 0) this.overviewFits = width >= OVERVIEW_MIN_WIDTH;
    const open = this.overviewOpen ?? this.overviewFits ?? true;
    return html`<div class="overview">
      <button
        class="overview-toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="overview"
        @click=${() => {
          this.overviewOpen = !open;
        }}
      >
        ${icon('chevron')}${t.overview}
      </button>
      ${
        open
          ? html`<sam-timeline-overview
              id="overview"
              .events=${view.overviewEvents}
              .selection=${this.selection(model)}
              locale=${model.locale}
              .timeZone=${model.timeZone}
              .now=${model.now}
              @sam-range-change=${(event: CustomEvent<SamRangeChangeDetail>) => {
                this.onRangeChange(event.detail);
              }}
            ></sam-timeline-overview>`
          : nothing
      }
    </div>`;
  }

  private renderFilters(model: TimelineModel, view: TimelineView, t: TimelineLabels): TemplateResult {
    const { allTypes: all, allSources } = view;
    const custom = typeof this.range === 'string' ? undefined : this.range;
    const filtered = this.types !== undefined || this.sources !== undefined || this.range !== 'all' || this.text !== '';
    return html`<div part="filters" class="filters" role="group" aria-label=${t.filters}>
      <label class="search">
        <span>${t.search}</span>
        <input
          type="search"
          .value=${this.text}
          @input=${(event: InputEvent) => {
            this.text = (event.target as HTMLInputElement).value;
            this.toTop();
          }}
        />
      </label>
      <fieldset class="range">
        <legend>${t.range}</legend>
        <div class="choices">
          ${RANGE_PRESETS.map(
            (preset) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="range"
                  value=${preset}
                  .checked=${this.range === preset}
                  @change=${() => {
                    this.setRange(preset);
                  }}
                />${t[`preset-${preset}`]}</label
              >`,
          )}
          <label class="choice"
            ><input
              type="radio"
              name="range"
              value="custom"
              .checked=${custom !== undefined}
              @change=${() => {
                this.setRange({});
              }}
            />${t.custom}</label
          >
        </div>
        ${
          custom
            ? html`<div class="dates">
                <label
                  >${t.from}
                  <input class="from" type="date" .value=${this.dayOf(custom.from, model)} @change=${this.onDates}
                /></label>
                <label
                  >${t.to} <input class="to" type="date" .value=${this.dayOf(custom.to, model)} @change=${this.onDates}
                /></label>
              </div>`
            : nothing
        }
      </fieldset>
      ${
        all.length > 1 || allSources.length > 1
          ? html`<details
              class="more-filters"
              .open=${this.moreFilters}
              @toggle=${(event: Event) => {
                this.moreFilters = (event.target as HTMLDetailsElement).open;
              }}
            >
              <summary>
                ${icon('chevron')}${t.moreFilters}${this.types !== undefined || this.sources !== undefined ? ` (${t.narrowed})` : ''}
              </summary>
              ${this.renderFacets(view, t)}
            </details>`
          : nothing
      }
      ${filtered ? html`<button class="clear" @click=${this.clearFilters}>${t.clearFilters}</button>` : nothing}
    </div>`;
  }

  private renderFacets(view: TimelineView, t: TimelineLabels): TemplateResult {
    const { allTypes: all, allSources } = view;
    const typeCounts = new Map(view.types.map((facet) => [facet.type, facet.count]));
    const sourceCounts = new Map(view.sources.map((facet) => [facet.key, facet.count]));
    return html`
      ${
        all.length > 1
          ? html`<fieldset class="types">
              <legend>${t.types}</legend>
              <div class="choices">
                ${all.map(
                  (facet) =>
                    html`<label class="choice" data-type=${facet.type}
                      ><input
                        type="checkbox"
                        .checked=${this.types?.has(facet.type) ?? true}
                        @change=${() => {
                          this.toggleType(facet.type);
                        }}
                      /><span
                        >${facet.text} <span class="count">(${typeCounts.get(facet.type) ?? 0})</span></span
                      ></label
                    >`,
                )}
              </div>
            </fieldset>`
          : nothing
      }
      ${
        allSources.length > 1
          ? html`<fieldset class="sources">
              <legend>${t.sources}</legend>
              <div class="choices">
                ${allSources.map(
                  (facet) =>
                    html`<label class="choice" data-source=${facet.key}
                      ><input
                        type="checkbox"
                        .checked=${this.sources?.has(facet.key) ?? true}
                        @change=${() => {
                          this.toggleSource(facet.key, allSources);
                        }}
                      /><span
                        >${facet.label} <span class="quiet">· ${facet.careLevelText}</span>
                        <span class="count">(${sourceCounts.get(facet.key) ?? 0})</span></span
                      ></label
                    >`,
                )}
              </div>
            </fieldset>`
          : nothing
      }
    `;
  }

  /**
   * A real ordered list: every row (month, day, event) is a list item, so the list is valid however
   * it is windowed, `aria-setsize`/`aria-posinset` tell the full length, and the headings inside the
   * items stay in the page's outline. `role="feed"` would allow only articles, not headings between them.
   */
  private renderList(view: TimelineView, t: TimelineLabels): TemplateResult {
    const { rows } = view;
    const { offsets, window: visible } = this.rows.layout(rows);
    const shown = rows.slice(visible.start, visible.end).map((row, i) => ({ row, index: visible.start + i }));
    // The active event stays rendered (out of sight, in its place) when scrolled away: focus is never
    // dropped to the page, and it keeps the list's one tab stop.
    const active = this.active === undefined ? undefined : view.rowOfEvent.get(this.active);
    const pinned = active !== undefined && (active < visible.start || active >= visible.end) ? active : undefined;
    const pinnedRow = pinned === undefined ? undefined : rows[pinned];
    if (pinned !== undefined && pinnedRow) {
      if (pinned < visible.start) shown.unshift({ row: pinnedRow, index: pinned });
      else shown.push({ row: pinnedRow, index: pinned });
    }
    // The one tab stop: the active event, else the first event in view.
    const firstEvent = shown.map(({ row }) => row).find((row): row is EventRow => row.kind === 'event');
    const tabbable = active === undefined ? firstEvent?.event.key : this.active;
    return html`<div class="viewport" part="list" @scroll=${this.rows.onScroll}>
      <ol
        class="rows"
        aria-label=${t.list}
        style="padding-top: ${visible.before}px; padding-bottom: ${visible.after}px"
        @keydown=${this.onKeydown}
        @focusin=${this.onFocusin}
      >
        ${repeat(
          shown,
          ({ row }) => row.key,
          ({ row, index }) =>
            this.renderRow(row, index, rows.length, tabbable, t, index === pinned ? offsets[index] : undefined),
        )}
      </ol>
    </div>`;
  }

  private renderRow(
    row: TimelineRow,
    index: number,
    size: number,
    tabbable: string | undefined,
    t: TimelineLabels,
    pinnedAt?: number,
  ) {
    switch (row.kind) {
      case 'section':
        return html`<li class="row row-section" data-index=${index} aria-posinset=${index + 1} aria-setsize=${size}>
          <h3 class="section-heading">${row.heading}</h3>
        </li>`;
      case 'day':
        return html`<li class="row row-day" data-index=${index} aria-posinset=${index + 1} aria-setsize=${size}>
          <h4 class="day-heading">${row.heading}</h4>
        </li>`;
      case 'event':
        return this.renderEvent(row.event, index, size, row.event.key === tabbable, t, pinnedAt);
    }
  }

  private renderEvent(
    event: TimelineEvent,
    index: number,
    size: number,
    tabbable: boolean,
    t: TimelineLabels,
    pinnedAt?: number,
  ) {
    const open = this.expanded.has(event.key);
    const id = this.idOf(event.key);
    const tabindex = tabbable ? '0' : '-1';
    return html`<li
      part="event"
      class="row row-event type-${event.type} ${event.future ? 'is-future' : ''} ${pinnedAt === undefined ? '' : 'is-pinned'}"
      style=${pinnedAt === undefined ? nothing : `top: ${String(pinnedAt)}px`}
      data-index=${index}
      data-key=${event.key}
      aria-posinset=${index + 1}
      aria-setsize=${size}
    >
      <div class="event">
        <span class="marker" aria-hidden="true"></span>
        <div class="event-main">
          <button
            class="event-title"
            tabindex=${tabindex}
            @click=${() => {
              this.select(event);
            }}
          >
            ${event.title}
          </button>
          <p class="event-meta">
            <span class="event-type">${event.typeText}</span>${
              event.category && event.category !== event.typeText ? html` · <span>${event.category}</span>` : nothing
            }
            · <time datetime=${event.date.value}>${event.date.text}</time>
          </p>
          ${
            event.subtitle && event.subtitle !== event.category
              ? html`<p class="event-subtitle">${event.subtitle}</p>`
              : nothing
          }
          <p class="tags">
            ${event.future ? html`<span class="tag tag-future">${icon('future')}${t.upcoming}</span>` : nothing}
            ${event.statusText ? html`<span class="tag tag-status">${event.statusText}</span>` : nothing}
            ${
              event.source
                ? html`<span class="tag tag-source"
                    >${event.source.label} <span class="quiet">· ${event.source.careLevelText}</span></span
                  >`
                : nothing
            }
          </p>
        </div>
        <button
          class="disclosure"
          tabindex=${tabindex}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${open ? `details-${id}` : nothing}
          aria-label=${t.details(event.title)}
          @click=${() => {
            this.expanded = toggled(this.expanded, event.key);
          }}
        >
          ${icon('chevron')}
        </button>
      </div>
      ${open ? this.renderDetails(event, id, t) : nothing}
    </li>`;
  }

  private renderDetails(event: TimelineEvent, id: number, t: TimelineLabels): TemplateResult {
    const locale = this.effectiveLocale;
    const showSource = this.sourceShown.has(event.key);
    const related = this.relatedTitles(event);
    const attachments = eventAttachments(event.resources);
    return html`<div part="details" class="details" id="details-${id}">
      ${
        event.details.length > 0
          ? html`<ul class="detail-lines">
              ${event.details.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : nothing
      }
      <dl class="facts">
        ${fact(t.date, event.date.text)} ${fact(t.status, event.statusText)}
        ${fact(t.source, event.source ? [event.source.label, event.source.organisation ?? ''].filter(Boolean).join(', ') : '')}
        ${fact(t.careLevel, event.source?.careLevelText ?? '')}
      </dl>
      ${
        event.members.length > 0
          ? html`<table class="members">
              <caption>
                ${t.results}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t.name}</th>
                  <th scope="col">${t.value}</th>
                  <th scope="col">${t.date}</th>
                </tr>
              </thead>
              <tbody>
                ${event.members.map(
                  (member) =>
                    html`<tr>
                      <th scope="row">${member.title}</th>
                      <td>${member.value}</td>
                      <td>
                        ${member.date ? html`<time datetime=${member.date.value}>${member.date.text}</time>` : ''}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
      ${
        related.length > 0
          ? html`<p class="label" id="related-${id}">${t.related}</p>
              <ul class="related" aria-labelledby="related-${id}">
                ${related.map((title) => html`<li>${title}</li>`)}
              </ul>`
          : nothing
      }
      ${
        attachments.length > 0
          ? html`<p class="label" id="attachments-${id}">${t.attachments}</p>
              <ul class="attachments" aria-labelledby="attachments-${id}">
                ${attachments.map((attachment) => this.renderAttachment(event, attachment, t))}
              </ul>`
          : nothing
      }
      <div class="source-area">
        ${renderSourceView({
          id: `source-${id}`,
          open: showSource,
          toggle: () => {
            this.sourceShown = toggled(this.sourceShown, event.key);
          },
          resources: event.resources,
          locale,
        })}
      </div>
    </div>`;
  }

  private renderAttachment(event: TimelineEvent, attachment: AttachmentView, t: TimelineLabels): TemplateResult {
    const title = attachment.title || t.attachment;
    const about = [attachment.contentType, attachment.size === undefined ? '' : t.bytes(attachment.size)]
      .filter(Boolean)
      .join(', ');
    const blob = attachment.data ? this.blobUrl(`${event.key}|${attachment.key}`, attachment) : undefined;
    let action: TemplateResult | typeof nothing = nothing;
    if (blob && attachment.kind === 'image') action = html`<img class="attachment-image" src=${blob} alt=${title} />`;
    else if (blob && attachment.kind === 'pdf')
      action = html`<a class="attachment-link" href=${blob} target="_blank" rel="noopener noreferrer"
        >${t.open}: ${title}</a
      >`;
    else if (blob)
      // Any other type only as a download: opened, HTML or SVG would run in the app's origin.
      action = html`<a class="attachment-link" href=${blob} download=${title}>${t.download}: ${title}</a>`;
    else if (attachment.url)
      action = html`<a class="attachment-link" href=${attachment.url} target="_blank" rel="noopener noreferrer"
        >${t.open}: ${title}</a
      >`;
    return html`<li class="attachment">
      ${icon('file')}<span class="attachment-title">${title}</span>
      ${about ? html`<span class="quiet">(${about})</span>` : nothing} ${action}
    </li>`;
  }

  // ---------------------------------------------------------------------------------------------
  // Derived data

  /** The filtered events, facets and rows, computed again only when the model or a filter changes. */
  private view(model: TimelineModel): TimelineView {
    const inputs = [model, this.types, this.sources, this.range, this.text];
    if (this.derived && inputs.every((input, i) => input === this.derived?.inputs[i])) return this.derived.view;
    const options = { now: model.now, timeZone: model.timeZone };
    const text = { text: this.text };
    const range = { range: this.range };
    const types = this.types ? { types: [...this.types] } : {};
    const sources = this.sources ? { sources: [...this.sources] } : {};
    const filter: TimelineFilter = { ...text, ...range, ...types, ...sources };
    const events = filterEvents(model.events, filter, options);
    const sections = groupTimeline(events, { locale: model.locale, now: model.now, timeZone: model.timeZone });
    const rows = timelineRows(sections);
    const view: TimelineView = {
      events,
      overviewEvents: filterEvents(model.events, { ...text, ...types, ...sources }, options),
      allTypes: this.derived?.inputs[0] === model ? this.derived.view.allTypes : typeFacets(model.events, model.locale),
      allSources: this.derived?.inputs[0] === model ? this.derived.view.allSources : sourceFacets(model.events),
      types: typeFacets(filterEvents(model.events, { ...text, ...range, ...sources }, options), model.locale),
      sources: sourceFacets(filterEvents(model.events, { ...text, ...range, ...types }, options)),
      rows,
      eventRows: eventRowIndexes(rows),
      rowOfEvent: new Map(rows.flatMap((row, index) => (row.kind === 'event' ? [[row.event.key, index]] : []))),
    };
    this.derived = { inputs, view };
    return view;
  }

  /** What an event refers to, by the title of the event it is in the timeline, else by its key. */
  private relatedTitles(event: TimelineEvent): string[] {
    const model = this.timeline.data?.model;
    if (!model) return [...event.related];
    let byKey = this.related.get(model);
    if (!byKey) {
      byKey = new Map();
      for (const candidate of model.events) {
        for (const resource of candidate.resources) {
          const key = keyOf(resource as unknown as Record<string, unknown>);
          if (key && !byKey.has(key)) byKey.set(key, candidate);
        }
      }
      this.related.set(model, byKey);
    }
    return event.related.flatMap((key) => {
      const target = byKey.get(key);
      if (target === event) return [];
      return [target ? `${target.title} (${target.date.text})` : key];
    });
  }

  private blobUrl(key: string, attachment: AttachmentView): string | undefined {
    if (!this.blobUrls.has(key)) {
      let url: string | undefined;
      try {
        const bytes = Uint8Array.from(atob((attachment.data ?? '').replace(/\s/g, '')), (c) => c.charCodeAt(0));
        const type = attachment.kind === 'download' ? 'application/octet-stream' : attachment.contentType;
        url = URL.createObjectURL(new Blob([bytes], { type }));
      } catch {
        url = undefined; // not base64 after all: the attachment is described, not offered
      }
      this.blobUrls.set(key, url);
    }
    return this.blobUrls.get(key);
  }

  private dayOf(value: string | undefined, model: TimelineModel): string {
    const start = parsePartialDate(value, model.timeZone)?.start;
    return start ? dayKey(start, model.timeZone) : '';
  }

  /** The overview's selection: the custom range as instants. */
  protected selection(model: TimelineModel): TimeSelection | undefined {
    const first = model.events.at(-1)?.date.start ?? model.now;
    const last = model.events[0]?.date.start ?? model.now;
    return selectionOfRange(this.range, model.timeZone, { from: first, to: last });
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(key, id);
    }
    return id;
  }

  // ---------------------------------------------------------------------------------------------
  // Filters

  private setRange(range: RangePreset | CustomRange): void {
    this.range = range;
    this.toTop();
  }

  private readonly onDates = (): void => {
    const from = this.renderRoot.querySelector<HTMLInputElement>('input.from')?.value ?? '';
    const to = this.renderRoot.querySelector<HTMLInputElement>('input.to')?.value ?? '';
    this.setRange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  };

  /** A range chosen on the overview (undefined: cleared). */
  protected onRangeChange(selection: unknown): void {
    this.setRange(rangeOfSelection(selection) ?? 'all');
  }

  private toggleType(type: EventType): void {
    const present = new Set(this.derived?.view.allTypes.map((facet) => facet.type));
    const next = new Set(this.types ?? present);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    this.types = [...present].every((candidate) => next.has(candidate)) ? undefined : sortTypes(next);
    this.toTop();
  }

  private toggleSource(key: string, all: readonly SourceFacet[]): void {
    const next = new Set(this.sources ?? all.map((facet) => facet.key));
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.sources = all.every((facet) => next.has(facet.key)) ? undefined : next;
    this.toTop();
  }

  private readonly clearFilters = (): void => {
    this.types = undefined;
    this.sources = undefined;
    this.range = 'all';
    this.text = '';
    this.toTop();
  };

  /** Back to the newest event when the filters change: the old position means nothing in the new list. */
  private toTop(): void {
    this.rows.toTop();
  }

  // ---------------------------------------------------------------------------------------------
  // Scrolling, measuring and keyboard

  private readonly onFocusin = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    if (!target.matches('.event-title, .disclosure')) return;
    const key = target.closest<HTMLElement>('li.row-event')?.dataset.key;
    if (key !== undefined) this.active = key;
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const eventRows = this.derived?.view.eventRows;
    const offsets = this.rows.current?.offsets;
    if (!eventRows || !offsets || !target.matches('.event-title, .disclosure')) return;
    const index = Number(target.closest<HTMLElement>('li.row')?.dataset.index);
    const position = eventRows.indexOf(index);
    if (position < 0) return;
    const page = this.rows.viewportHeight;
    // The first event row at or below a height.
    const eventBelow = (y: number): number => {
      const row = rowAt(offsets, y);
      const found = eventRows.findIndex((candidate) => candidate >= row);
      return found < 0 ? eventRows.length - 1 : found;
    };
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = position + 1;
        break;
      case 'ArrowUp':
        next = position - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = eventRows.length - 1;
        break;
      case 'PageDown':
        next = Math.max(position + 1, eventBelow((offsets[index] ?? 0) + page));
        break;
      case 'PageUp':
        next = Math.min(position - 1, eventBelow((offsets[index] ?? 0) - page));
        break;
      default:
        return;
    }
    event.preventDefault();
    next = Math.max(0, Math.min(eventRows.length - 1, next));
    const row = eventRows[next];
    if (row !== undefined && next !== position) {
      void this.focusRow(row, target.classList.contains('disclosure') ? '.disclosure' : '.event-title');
    }
  };

  /** Scrolls an event's row into view (rendering it) and focuses its title or disclosure button. */
  private async focusRow(index: number, selector: string): Promise<void> {
    const row = this.rows.current?.rows[index];
    if (row?.kind !== 'event') return;
    this.active = row.event.key;
    // Rows above may change height once rendered and measured: try again until the row is there.
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.rows.reveal(index);
      const button = this.renderRoot.querySelector<HTMLElement>(`li.row[data-index="${String(index)}"] ${selector}`);
      if (button) {
        button.scrollIntoView({ block: 'nearest' });
        button.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  private select(event: TimelineEvent): void {
    const detail: TimelineSelectDetail = { kind: 'event', item: event, resources: event.resources };
    this.dispatchEvent(selectEvent(detail));
  }
}

function lines(texts: readonly string[]): TemplateResult {
  return texts.length === 1
    ? html`<span>${texts[0]}</span>`
    : html`<ul class="sam-problems">
        ${texts.map((text) => html`<li>${text}</li>`)}
      </ul>`;
}

function fact(label: string, value: string): TemplateResult | typeof nothing {
  if (value === '') return nothing;
  return html`<div class="fact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

function toggled(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

function sortTypes(types: ReadonlySet<EventType>): ReadonlySet<EventType> {
  return new Set(EVENT_TYPES.filter((type) => types.has(type)));
}
