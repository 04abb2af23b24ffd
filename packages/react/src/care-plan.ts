// <sam-care-plan> as a React component. Importing this module registers the element.
import '@samspill/care-plan/define.js';
import { createComponent, type EventName } from '@lit/react';
import { SamCarePlan, type CarePlanSelectDetail } from '@samspill/care-plan';
import type { SamSelectEvent } from '@samspill/core';
import * as React from 'react';

export const CarePlan = createComponent({
  react: React,
  tagName: 'sam-care-plan',
  elementClass: SamCarePlan,
  events: { onSamSelect: 'sam-select' as EventName<SamSelectEvent<CarePlanSelectDetail>> },
  displayName: 'CarePlan',
});
