import '@samspill/core/define.js';
import { defineElement, type SamSelectEvent } from '@samspill/core';
import { SamAllergies, type AllergySelectDetail } from './allergies.js';

defineElement('sam-allergies', SamAllergies);

declare global {
  interface HTMLElementTagNameMap {
    'sam-allergies': SamAllergies;
  }
  interface SamElementEventMap {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-arguments -- with other packages' kinds, the default is their union
    'sam-allergies': { 'sam-select': SamSelectEvent<AllergySelectDetail> };
  }
}
