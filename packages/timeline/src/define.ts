import '@samspill/core/define.js';
import { defineElement } from '@samspill/core';
import { SamTimeline } from './timeline.js';
import { SamTimelineOverview } from './timeline-overview.js';

defineElement('sam-timeline', SamTimeline);
defineElement('sam-timeline-overview', SamTimelineOverview);

declare global {
  interface HTMLElementTagNameMap {
    'sam-timeline': SamTimeline;
    'sam-timeline-overview': SamTimelineOverview;
  }
}
