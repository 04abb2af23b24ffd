// What each view must show for a patient, worked out in the setup from the sandbox's own data with
// each component's public data step and model: the same input the app gets, so the tests check the
// wiring (launch, source, context, components), not numbers written down by hand.
import type { FhirSource } from '@samspill/core/data.js';
import { carePlanModel, loadCarePlans } from '@samspill/care-plan';
import { loadMedications, medicationRows } from '@samspill/medication-list';
import { loadTimeline, timelineModel } from '@samspill/timeline';

export interface ExpectedRecords {
  /** The name of a current medicine in <sam-medication-list>. */
  readonly medication: string | undefined;
  /** The title of the plan <sam-care-plan> opens with. */
  readonly carePlan: string | undefined;
  /** The titles of the newest events; <sam-timeline> shows at least one of them, whatever its layout. */
  readonly recentEvents: readonly string[];
}

export async function expectedRecords(source: FhirSource, patient: string): Promise<ExpectedRecords> {
  const [medications, plans, timeline] = await Promise.all([
    loadMedications(source, patient),
    loadCarePlans(source, patient),
    loadTimeline(source, patient),
  ]);
  const rows = medicationRows(medications.resources, { locale: 'nb', related: medications.related });
  const model = carePlanModel(plans.resources, { locale: 'nb', related: plans.related });
  const events = timelineModel([...timeline.resources, ...timeline.related], { locale: 'nb' }).events;
  return {
    medication: rows.find((row) => row.current)?.name,
    carePlan: (model.roots[0]?.plan ?? model.plans[0])?.title,
    recentEvents: events.slice(0, 10).map((event) => event.title),
  };
}
