import '@samspill/core/define.js';
import { defineElement, type SamSelectEvent } from '@samspill/core';
import { SamTimeline, type TimelineSelectDetail } from './timeline.js';

// <sam-timeline-overview> is defined when a timeline first shows its overview (a chunk of its own),
// or up front by importing '@samspill/timeline/define-overview.js'.
defineElement('sam-timeline', SamTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sam-timeline': SamTimeline;
  }
  interface SamElementEventMap {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-arguments -- with other packages' kinds, the default is their union
    'sam-timeline': { 'sam-select': SamSelectEvent<TimelineSelectDetail> };
  }
}
