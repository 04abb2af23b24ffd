import '@samspill/core/define.js';
import { defineElement, type SamSelectEvent } from '@samspill/core';
import { SamCarePlan, type CarePlanSelectDetail } from './care-plan.js';

defineElement('sam-care-plan', SamCarePlan);

declare global {
  interface HTMLElementTagNameMap {
    'sam-care-plan': SamCarePlan;
  }
  interface SamElementEventMap {
    'sam-care-plan': { 'sam-select': SamSelectEvent<CarePlanSelectDetail> };
  }
}
