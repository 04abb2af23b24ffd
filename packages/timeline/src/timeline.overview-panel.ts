// The overview axis above the list, under a disclosure button: the events drawn over time, and a
// stretch chosen on it narrowing the list to that range (and the list's custom range shown on it).
// The axis element arrives as a chunk of its own (timeline.overview-load.ts): until then, or if it
// cannot be fetched, the panel says so in words.
import { html, nothing, type TemplateResult } from 'lit';
import type { CustomRange, RangePreset } from './timeline.filter.js';
import { icon } from './timeline.icons.js';
import type { TimelineLabels } from './timeline.labels.js';
import type { TimelineModel } from './timeline.model.js';
import type { OverviewLoadState } from './timeline.overview-load.js';
import type { SamRangeChangeEvent } from './timeline-overview.js';
import { rangeOfSelection, selectionOfRange } from './timeline.selection.js';
import type { TimelineView } from './timeline.view.js';

export interface OverviewPanelContext {
  readonly t: TimelineLabels;
  readonly open: boolean;
  /** Where the axis element stands; asked only when the panel is open. */
  loaded(): OverviewLoadState;
  readonly range: RangePreset | CustomRange;
  setOpen(open: boolean): void;
  setRange(range: RangePreset | CustomRange): void;
}

export function renderOverviewPanel(
  model: TimelineModel,
  view: TimelineView,
  context: OverviewPanelContext,
): TemplateResult {
  const { t, open } = context;
  // The selection: the custom range as instants, an open end reaching to the first or last event.
  const first = model.events.at(-1)?.date.start ?? model.now;
  const last = model.events[0]?.date.start ?? model.now;
  const selection = selectionOfRange(context.range, model.timeZone, { from: first, to: last });
  return html`<div class="overview">
    <button
      class="overview-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="overview"
      @click=${() => {
        context.setOpen(!open);
      }}
    >
      ${icon('chevron')}${t.overview}
    </button>
    ${open ? renderLoadState(context.loaded(), t) : nothing}
    ${
      open
        ? html`<sam-timeline-overview
            id="overview"
            .events=${view.overviewEvents}
            .selection=${selection}
            locale=${model.locale}
            .timeZone=${model.timeZone}
            .now=${model.now}
            @sam-range-change=${(event: SamRangeChangeEvent) => {
              // Cleared: every date again.
              context.setRange(rangeOfSelection(event.detail) ?? 'all');
            }}
          ></sam-timeline-overview>`
        : nothing
    }
  </div>`;
}

function renderLoadState(state: OverviewLoadState, t: TimelineLabels): TemplateResult | typeof nothing {
  if (state === 'loading') return html`<p class="sam-empty overview-loading" role="status">${t.overviewLoading}</p>`;
  if (state === 'failed')
    return html`<sam-notice class="overview-failed" variant="warning">${t.overviewFailed}</sam-notice>`;
  return nothing;
}
