import '@samspill/core/define.js';
import { defineElement } from '@samspill/core';
import { SamTimelineOverview, type SamRangeChangeEvent } from './timeline-overview.js';

defineElement('sam-timeline-overview', SamTimelineOverview);

declare global {
  interface HTMLElementTagNameMap {
    'sam-timeline-overview': SamTimelineOverview;
  }
  interface SamElementEventMap {
    'sam-timeline-overview': { 'sam-range-change': SamRangeChangeEvent };
  }
}
