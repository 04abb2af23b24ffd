// The model narrowed by the reader's filters, and everything the list and the filter controls derive
// from that: facets with counts, the rows of the windowed list, where each event's row is.
import type { TimelineEvent } from './timeline.event.js';
import {
  filterEvents,
  sourceFacets,
  typeFacets,
  type SourceFacet,
  type TimelineFilter,
  type TypeFacet,
} from './timeline.filter.js';
import { groupTimeline } from './timeline.groups.js';
import type { TimelineModel } from './timeline.model.js';
import { eventRowIndexes, timelineRows, type TimelineRow } from './timeline.rows.js';

export interface TimelineView {
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

/**
 * The view of `model` under `filter`. `previous`, a view of the same model, lends its facets of
 * the whole model, which do not depend on the filter.
 */
export function timelineView(
  model: TimelineModel,
  filter: TimelineFilter,
  previous?: { readonly model: TimelineModel; readonly view: TimelineView },
): TimelineView {
  const options = { now: model.now, timeZone: model.timeZone };
  const { range, types, sources, ...text } = filter;
  const only = (narrowing: TimelineFilter) => filterEvents(model.events, { ...text, ...narrowing }, options);
  const inRange = range === undefined ? {} : { range };
  const ofTypes = types === undefined ? {} : { types };
  const ofSources = sources === undefined ? {} : { sources };
  const events = filterEvents(model.events, filter, options);
  const rows = timelineRows(groupTimeline(events, { locale: model.locale, now: model.now, timeZone: model.timeZone }));
  const same = previous?.model === model;
  return {
    events,
    overviewEvents: only({ ...ofTypes, ...ofSources }),
    allTypes: same ? previous.view.allTypes : typeFacets(model.events, model.locale),
    allSources: same ? previous.view.allSources : sourceFacets(model.events),
    types: typeFacets(only({ ...inRange, ...ofSources }), model.locale),
    sources: sourceFacets(only({ ...inRange, ...ofTypes })),
    rows,
    eventRows: eventRowIndexes(rows),
    rowOfEvent: new Map(rows.flatMap((row, index) => (row.kind === 'event' ? [[row.event.key, index]] : []))),
  };
}
