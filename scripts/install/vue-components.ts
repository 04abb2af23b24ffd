// The opt-in Vue typings: each tag is a GlobalComponents entry whose props are the element's
// properties and `on…` listeners, typed as vue-tsc checks a template against them.
import type { GlobalComponents } from 'vue';
import type {} from '@samspill/core/vue.js';
import type {} from '@samspill/medication-list/vue.js';
import type {} from '@samspill/allergies/vue.js';
import type {} from '@samspill/care-plan/vue.js';
import type {} from '@samspill/timeline/vue.js';
import '@samspill/core/define.js';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const context: PropsOf<'sam-fhir-context'> = { patient: 'kari', locale: 'nb-NO' };
export const timeline: PropsOf<'sam-timeline'> = {
  timeZone: 'Europe/Oslo',
  'onSam-select': (event) => {
    const kind: 'event' = event.detail.kind;
    void kind;
  },
};
export const allergies: PropsOf<'sam-allergies'> = {
  'onSam-select': (event) => {
    const kind: 'allergy' = event.detail.kind;
    void kind;
  },
};
export const carePlan: PropsOf<'sam-care-plan'> = {
  'onSam-select': (event) => {
    // @ts-expect-error a care plan's selections are goals and activities
    const kind: 'medication' = event.detail.kind;
    void kind;
  },
};
// @ts-expect-error a language Samspill does not ship
export const unknownLocale: PropsOf<'sam-medication-list'> = { locale: 'de' };
// @ts-expect-error `now` is a date or a time
export const wrongNow: PropsOf<'sam-care-plan'> = { now: 'tomorrow' };
