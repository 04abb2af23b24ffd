// The public API of @samspill/timeline: the elements' classes, the pure model, grouping and filters,
// and the data step. Side-effect free: `@samspill/timeline/define.js` registers the elements.
export {
  compareEvents,
  timelineModel,
  type TimelineModel,
  type TimelineModelOptions,
  type TimelineProblem,
} from './timeline.model.js';
export { EVENT_TYPES, type EventType, type TimelineEvent, type TimelineMember } from './timeline.event.js';
export type { EventDate } from './timeline.dates.js';
export { CARE_LEVELS, careLevelOf, type CareLevel, type EventSource } from './timeline.source.js';
export { NOT_EVENTS, RESOURCE_EVENT_TYPES } from './timeline.kinds.js';
export {
  dayHeading,
  groupByDay,
  groupTimeline,
  type DayGroup,
  type GroupOptions,
  type SectionLevel,
  type TimelineSection,
} from './timeline.groups.js';
export {
  RANGE_PRESETS,
  filterEvents,
  normalizeSearch,
  sourceFacets,
  typeFacets,
  type CustomRange,
  type FilterOptions,
  type RangePreset,
  type SourceFacet,
  type TimelineFilter,
  type TypeFacet,
} from './timeline.filter.js';
export {
  TIMELINE_CONCURRENCY,
  TIMELINE_INCLUDES,
  TIMELINE_PAGE_LIMIT,
  TIMELINE_PAGE_SIZE,
  TIMELINE_TYPES,
  loadTimeline,
  type LoadTimelineOptions,
  type TimelineProgress,
} from './timeline.load.js';
export { timelineMessages, type TimelineMessages } from './timeline.messages.js';
export { SamTimeline, type TimelineSelectDetail } from './timeline.js';
export { SamRangeChangeEvent, SamTimelineOverview, type SamRangeChangeDetail } from './timeline-overview.js';
export {
  MIN_WINDOW,
  OVERVIEW_LANES,
  binLane,
  binOverview,
  clampWindow,
  fit,
  moveTo,
  overviewBounds,
  overviewLaneLabels,
  overviewModel,
  pan,
  ticks,
  zoom,
  type BinnedLane,
  type OverviewBin,
  type OverviewExtent,
  type OverviewLane,
  type OverviewLaneId,
  type OverviewModel,
  type OverviewOptions,
  type OverviewSpan,
  type Tick,
  type TickOptions,
  type TickUnit,
  type Ticks,
  type TimeWindow,
} from './timeline-overview.model.js';
