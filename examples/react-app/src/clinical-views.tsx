// The patient's medication list, care plan and timeline, a tab each, inside one <FhirContext>: all
// three load at once through the context's one cached source, and stay mounted while tabs switch.
import { useMemo } from 'react';
import type { FhirSource, Locale } from '@samspill/core/data.js';
import { CarePlan, FhirContext, MedicationList, Timeline } from '@samspill/react';
import { Tabs, type Tab } from './tabs.js';
import { texts } from '../../clinician-app/src/texts.js';

export function ClinicalViews(props: {
  readonly source: FhirSource;
  readonly patient: string;
  readonly locale: Locale;
}) {
  const { source, patient, locale } = props;
  const t = texts[locale];
  const tabs = useMemo(
    (): Tab[] => [
      { id: 'medications', label: t.medications, content: <MedicationList /> },
      { id: 'care-plan', label: t.carePlan, content: <CarePlan /> },
      { id: 'timeline', label: t.timeline, content: <Timeline /> },
    ],
    [t],
  );
  return (
    <FhirContext source={source} patient={patient} locale={locale}>
      <Tabs tabs={tabs} label={t.views} />
    </FhirContext>
  );
}
