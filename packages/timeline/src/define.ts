import '@samspill/core/define.js';
import { defineElement, type SamSelectEvent } from '@samspill/core';
import { SamTimeline, type TimelineSelectDetail } from './timeline.js';
import { SamTimelineOverview, type SamRangeChangeEvent } from './timeline-overview.js';

defineElement('sam-timeline', SamTimeline);
defineElement('sam-timeline-overview', SamTimelineOverview);

declare global {
  interface HTMLElementTagNameMap {
    'sam-timeline': SamTimeline;
    'sam-timeline-overview': SamTimelineOverview;
  }
  interface SamElementEventMap {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-arguments -- with other packages' kinds, the default is their union
    'sam-timeline': { 'sam-select': SamSelectEvent<TimelineSelectDetail> };
    'sam-timeline-overview': { 'sam-range-change': SamRangeChangeEvent };
  }
}
