import '@samspill/core/define.js';
import { defineElement } from '@samspill/core';
import { SamCarePlan } from './care-plan.js';

defineElement('sam-care-plan', SamCarePlan);

declare global {
  interface HTMLElementTagNameMap {
    'sam-care-plan': SamCarePlan;
  }
}
