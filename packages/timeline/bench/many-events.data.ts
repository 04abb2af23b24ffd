// A patient with exactly `count` events, for measuring how the element scales: visits (some of them
// stays), procedures, diagnoses, immunisations and documents from three organisations, spread over
// fifteen years. One resource is one event (no Observations, which the model groups).
import type { FhirResource } from 'fhir/r4.js';

const PATIENT = { reference: 'Patient/bench' };
const ORGANISATIONS = [
  { reference: 'Organization/kommune', display: 'Trondheim kommune, hjemmetjenesten' },
  { reference: 'Organization/sykehus', display: 'St. Olavs hospital HF' },
  { reference: 'Organization/fastlege', display: 'Lade legesenter' },
] as const;
const END = Date.UTC(2026, 9, 31, 12);
const SPAN = 15 * 365 * 24 * 60 * 60 * 1000;

export const BENCH_NOW = new Date(END);

function eventResource(index: number, count: number): FhirResource {
  // Evenly spread, newest last, on whole minutes so every date is a real clinical time.
  const start = new Date(END - Math.round((((count - index) / count) * SPAN) / 60_000) * 60_000);
  const at = start.toISOString();
  const organisation = ORGANISATIONS[index % ORGANISATIONS.length] ?? ORGANISATIONS[0];
  const id = `bench-${String(index)}`;
  switch (index % 5) {
    case 0: {
      const stay = index % 15 === 0;
      const end = new Date(start.getTime() + (stay ? 3 * 24 : 1) * 60 * 60 * 1000).toISOString();
      return {
        resourceType: 'Encounter',
        id,
        status: 'finished',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: stay ? 'IMP' : 'AMB' },
        subject: PATIENT,
        period: { start: at, end },
        serviceProvider: organisation,
      };
    }
    case 1:
      return {
        resourceType: 'Procedure',
        id,
        status: 'completed',
        code: { text: `Sårstell ${String(index)}` },
        subject: PATIENT,
        performedDateTime: at,
        performer: [{ actor: organisation }],
      };
    case 2:
      return {
        resourceType: 'Condition',
        id,
        code: { text: `Diagnose ${String(index)}` },
        subject: PATIENT,
        onsetDateTime: at,
        recorder: organisation,
      };
    case 3:
      return {
        resourceType: 'Immunization',
        id,
        status: 'completed',
        vaccineCode: { text: 'Influensavaksine' },
        patient: PATIENT,
        occurrenceDateTime: at,
        performer: [{ actor: organisation }],
      };
    default:
      return {
        resourceType: 'DocumentReference',
        id,
        status: 'current',
        type: { text: 'Epikrise' },
        subject: PATIENT,
        date: at,
        custodian: organisation,
        content: [{ attachment: { contentType: 'application/pdf', title: `Epikrise ${String(index)}` } }],
      };
  }
}

/** `count` resources that give `count` timeline events. */
export function manyEvents(count: number): FhirResource[] {
  return Array.from({ length: count }, (_, index) => eventResource(index, count));
}
