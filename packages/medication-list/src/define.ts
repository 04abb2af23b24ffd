import '@samspill/core/define.js';
import { defineElement } from '@samspill/core';
import { SamMedicationList } from './medication-list.js';

defineElement('sam-medication-list', SamMedicationList);

declare global {
  interface HTMLElementTagNameMap {
    'sam-medication-list': SamMedicationList;
  }
}
