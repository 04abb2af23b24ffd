import '@samspill/core/define.js';
import { defineElement, type SamSelectEvent } from '@samspill/core';
import { SamMedicationList, type MedicationSelectDetail } from './medication-list.js';

defineElement('sam-medication-list', SamMedicationList);

declare global {
  interface HTMLElementTagNameMap {
    'sam-medication-list': SamMedicationList;
  }
  interface SamElementEventMap {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-arguments -- with other packages' kinds, the default is their union
    'sam-medication-list': { 'sam-select': SamSelectEvent<MedicationSelectDetail> };
  }
}
