// <sam-timeline-overview> alone as a React component. Importing this module registers the element
// (a <Timeline> fetches its own overview when it shows one; this is for the axis on its own).
import '@samspill/timeline/define-overview.js';
import { createComponent, type EventName } from '@lit/react';
import { SamTimelineOverview, type SamRangeChangeEvent } from '@samspill/timeline';
import * as React from 'react';

export const TimelineOverview = createComponent({
  react: React,
  tagName: 'sam-timeline-overview',
  elementClass: SamTimelineOverview,
  events: { onRangeChange: 'sam-range-change' as EventName<SamRangeChangeEvent> },
  displayName: 'TimelineOverview',
});
