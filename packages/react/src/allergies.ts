// <sam-allergies> as a React component. Importing this module registers the element.
import '@samspill/allergies/define.js';
import { createComponent, type EventName } from '@lit/react';
import { SamAllergies, type AllergySelectDetail } from '@samspill/allergies';
import type { SamSelectEvent } from '@samspill/core';
import * as React from 'react';

export const Allergies = createComponent({
  react: React,
  tagName: 'sam-allergies',
  elementClass: SamAllergies,
  events: { onSamSelect: 'sam-select' as EventName<SamSelectEvent<AllergySelectDetail>> },
  displayName: 'Allergies',
});
