// <sam-timeline> as a React component. Importing this module registers the element.
import '@samspill/timeline/define.js';
import { createComponent, type EventName } from '@lit/react';
import { SamTimeline, type TimelineSelectDetail } from '@samspill/timeline';
import type { SamSelectEvent } from '@samspill/core';
import * as React from 'react';

export const Timeline = createComponent({
  react: React,
  tagName: 'sam-timeline',
  elementClass: SamTimeline,
  events: { onSamSelect: 'sam-select' as EventName<SamSelectEvent<TimelineSelectDetail>> },
  displayName: 'Timeline',
});
