// <sam-medication-list> as a React component. Importing this module registers the element.
import '@samspill/medication-list/define.js';
import { createComponent, type EventName } from '@lit/react';
import { SamMedicationList, type MedicationSelectDetail } from '@samspill/medication-list';
import type { SamSelectEvent } from '@samspill/core';
import * as React from 'react';

export const MedicationList = createComponent({
  react: React,
  tagName: 'sam-medication-list',
  elementClass: SamMedicationList,
  events: { onSamSelect: 'sam-select' as EventName<SamSelectEvent<MedicationSelectDetail>> },
  displayName: 'MedicationList',
});
