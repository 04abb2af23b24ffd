// @samspill/react: the Samspill elements as React components, generated with @lit/react. Each wrapper
// registers its element when imported; `@samspill/react/medication-list.js` (and the like) bundles one alone.
export { FhirContext } from './fhir-context.js';
export { MedicationList } from './medication-list.js';
export { Allergies } from './allergies.js';
export { CarePlan } from './care-plan.js';
export { Timeline } from './timeline.js';
export { TimelineOverview } from './timeline-overview.js';
export { SamSelectEvent, type AnySamSelectDetail, type SamSelectDetail } from '@samspill/core';
export type { MedicationSelectDetail } from '@samspill/medication-list';
export type { AllergySelectDetail } from '@samspill/allergies';
export type { CarePlanSelectDetail } from '@samspill/care-plan';
export type { SamRangeChangeDetail, SamRangeChangeEvent, TimelineSelectDetail } from '@samspill/timeline';
