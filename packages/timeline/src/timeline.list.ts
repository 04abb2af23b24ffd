// The windowed list of rows: month and year headings, day headings and events, only those in view
// (and the event that has focus) rendered, inside one scrolling viewport.
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProperties } from '@samspill/core';
import { renderEventRow, type EventRowContext } from './timeline.event-row.js';
import type { EventKeys } from './timeline.keyboard.js';
import type { TimelineLabels } from './timeline.labels.js';
import type { EventRow, TimelineRow } from './timeline.rows.js';
import type { TimelineView } from './timeline.view.js';
import type { VirtualRows } from './timeline.virtual-rows.js';

export interface EventListContext {
  readonly t: TimelineLabels;
  readonly rows: VirtualRows<TimelineRow>;
  readonly keys: EventKeys;
  /** The event (key) that holds the list's one tab stop. */
  readonly active: string | undefined;
  readonly event: EventRowContext;
}

/**
 * A real ordered list: every row (month, day, event) is a list item, so the list is valid however
 * it is windowed, `aria-setsize`/`aria-posinset` tell the full length, and the headings inside the
 * items stay in the page's outline. `role="feed"` would allow only articles, not headings between them.
 */
export function renderEventList(view: TimelineView, context: EventListContext): TemplateResult {
  const { rows } = view;
  const { offsets, window: visible } = context.rows.layout(rows);
  const shown = rows.slice(visible.start, visible.end).map((row, i) => ({ row, index: visible.start + i }));
  // The active event stays rendered (out of sight, in its place) when scrolled away: focus is never
  // dropped to the page, and it keeps the list's one tab stop.
  const active = context.active === undefined ? undefined : view.rowOfEvent.get(context.active);
  const pinned = active !== undefined && (active < visible.start || active >= visible.end) ? active : undefined;
  const pinnedRow = pinned === undefined ? undefined : rows[pinned];
  if (pinned !== undefined && pinnedRow) {
    if (pinned < visible.start) shown.unshift({ row: pinnedRow, index: pinned });
    else shown.push({ row: pinnedRow, index: pinned });
  }
  // The one tab stop: the active event, else the first event in view.
  const firstEvent = shown.map(({ row }) => row).find((row): row is EventRow => row.kind === 'event');
  const tabbable = active === undefined ? firstEvent?.event.key : context.active;
  const size = rows.length;
  return html`<div class="viewport" part="list" @scroll=${context.rows.onScroll}>
    <ol
      class="rows"
      aria-label=${context.t.list}
      ${cssProperties({ 'padding-top': `${String(visible.before)}px`, 'padding-bottom': `${String(visible.after)}px` })}
      @keydown=${context.keys.onKeydown}
      @focusin=${context.keys.onFocusin}
    >
      ${repeat(
        shown,
        ({ row }) => row.key,
        ({ row, index }) => {
          switch (row.kind) {
            case 'section':
              return html`<li
                class="row row-section"
                data-index=${index}
                aria-posinset=${index + 1}
                aria-setsize=${size}
              >
                <h3 class="section-heading">${row.heading}</h3>
              </li>`;
            case 'day':
              return html`<li class="row row-day" data-index=${index} aria-posinset=${index + 1} aria-setsize=${size}>
                <h4 class="day-heading">${row.heading}</h4>
              </li>`;
            case 'event': {
              const pinnedAt = index === pinned ? offsets[index] : undefined;
              const place = { index, size, tabbable: row.event.key === tabbable, pinnedAt };
              return renderEventRow(row.event, place, context.event);
            }
          }
        },
      )}
    </ol>
  </div>`;
}
