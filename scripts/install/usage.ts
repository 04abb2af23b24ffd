// Uses of the public API that compile only while its types are real: each `@ts-expect-error` line
// would stop being an error (and so fail the check) if the type behind it had become `any`.
import type { Patient } from 'fhir/r4.js';
import { SamFhirContext, SamSelectEvent, type FhirSource, type Locale } from '@samspill/core';
import { createStaticSource, resolveLocale } from '@samspill/core/data.js';
import '@samspill/core/define.js';
import { grantingSource } from '@samspill/core/testing.js';
import { SmartError, launch, messageFor, type LaunchOptions, type SmartSession } from '@samspill/smart';
import { SamMedicationList } from '@samspill/medication-list';
import '@samspill/medication-list/define.js';
import { SamAllergies } from '@samspill/allergies';
import '@samspill/allergies/define.js';
import { SamCarePlan } from '@samspill/care-plan';
import '@samspill/care-plan/define.js';
import { SamTimeline } from '@samspill/timeline';
import '@samspill/timeline/define.js';
import { MedicationList } from '@samspill/react';

const patient: Patient = { resourceType: 'Patient', id: 'kari' };
const source: FhirSource = createStaticSource([patient]);
// @ts-expect-error a FHIR resource is typed (fhir/r4), not any
createStaticSource([{ resourceType: 42 }]);

const list: SamMedicationList = document.createElement('sam-medication-list');
list.source = grantingSource([patient], ['Observation']);
list.locale = 'nn';
list.locale = 'nb-NO'; // a region is accepted, and read as its language
// @ts-expect-error a language Samspill does not ship is refused by the type
list.locale = 'de';
// @ts-expect-error the source is a FhirSource, not any
list.source = 'not a source';

const context: SamFhirContext = document.createElement('sam-fhir-context');
context.source = source;
// @ts-expect-error the context's locale is typed too
context.locale = 'sv-SE';
const allergies: SamAllergies = document.createElement('sam-allergies');
allergies.source = grantingSource([patient], ['AllergyIntolerance']);
// @ts-expect-error a language Samspill does not ship is refused by the type
allergies.locale = 'sv';
const plan: SamCarePlan = document.createElement('sam-care-plan');
// @ts-expect-error `now` is a date or a time, not any
plan.now = 'tomorrow';
const timeline: SamTimeline = document.createElement('sam-timeline');
// @ts-expect-error the time zone is a string
timeline.timeZone = 1;

timeline.addEventListener('sam-select', (event) => {
  const selected: SamSelectEvent = event;
  // @ts-expect-error the detail's kind is a string, not any
  const kind: number = selected.detail.kind;
  void kind;
});

const locale: Locale = resolveLocale('en-GB');
// @ts-expect-error resolveLocale returns one of the shipped locales
const notALocale: 'de' = resolveLocale('de');

const options: LaunchOptions = { clientId: 'app', redirectUri: './', issAllowlist: ['https://ehr.example/fhir'] };
// @ts-expect-error launch() returns a promise, not any
const notAString: string = launch(options);
// @ts-expect-error messageFor() takes a shipped locale
messageFor(new SmartError('discovery-failed', 'no discovery'), 'de');
declare const session: SmartSession;
// @ts-expect-error the session's patient is a string or undefined
const patientNumber: number = session.context.patient;

void [locale, notALocale, notAString, patientNumber, MedicationList];
