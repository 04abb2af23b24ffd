// Hand-written FHIR R4 timelines for element tests and stories: a typical patient over five years,
// the same record split over three organisations (kommune, sykehus, fastlege) with one refusing,
// the generated large patient, hostile strings and malformed input. "Now" is fixed: see NOW.
import type {
  Appointment,
  CarePlan,
  Condition,
  DiagnosticReport,
  DocumentReference,
  Encounter,
  FhirResource,
  Immunization,
  MedicationStatement,
  Observation,
  Organization,
  Procedure,
} from 'fhir/r4.js';
import { createStaticSource, mergeSources, type FhirSource, type SourceFailure } from '@samspill/core';
import { recordingSource } from '@samspill/core/testing.js';
import { DEFAULT_ANCHOR, PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';

export const EXAMPLE_PATIENT = 'pasient-eksempel';
/** "Now" for the hand-written examples: Wednesday 8 May 2024, noon in Oslo. */
export const NOW = new Date('2024-05-08T12:00:00+02:00');
/** "Now" for the generated population (and the large patient). */
export const GENERATED_NOW = new Date(DEFAULT_ANCHOR);
export const LARGE_PATIENT = PATIENT_IDS.large;

const subject = { reference: `Patient/${EXAMPLE_PATIENT}` };
const UCUM = 'http://unitsofmeasure.org';
const LOINC = 'http://loinc.org';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/** A 1×1 PNG, for an inline image attachment. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
/** A tiny PDF ("%PDF-1.4 … %%EOF"), for an inline document. */
export const PDF_BASE64 = btoa('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export const ORGANISATIONS = {
  kommune: 'Fjordvik kommune',
  sykehus: 'Helse Fjord HF',
  fastlege: 'Fjordvik legekontor',
} as const;

const organisation = (id: string, name: string): Organization => ({ resourceType: 'Organization', id, name });

function vital(id: string, code: string, text: string, at: string, value: number, unit: string): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: CATEGORY, code: 'vital-signs' }] }],
    code: { coding: [{ system: LOINC, code }], text },
    subject,
    effectiveDateTime: at,
    valueQuantity: { value, unit, system: UCUM, code: unit },
  };
}

function lab(id: string, text: string, at: string, value: number, unit: string): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: CATEGORY, code: 'laboratory' }] }],
    code: { text },
    subject,
    effectiveDateTime: at,
    valueQuantity: { value, unit, system: UCUM, code: unit },
  };
}

/** What the kommune holds: home care visits, a care plan, a flu vaccine. */
function kommuneRecord(): FhirResource[] {
  return [
    organisation('fjordvik-kommune', ORGANISATIONS.kommune),
    {
      resourceType: 'Encounter',
      id: 'hjemmebesok',
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'HH', display: 'home health' },
      type: [{ text: 'Hjemmesykepleie' }],
      subject,
      period: { start: '2024-05-07T08:30:00+02:00', end: '2024-05-07T09:00:00+02:00' },
      serviceProvider: { reference: 'Organization/fjordvik-kommune' },
    } satisfies Encounter,
    vital('bt', '85354-9', 'Blodtrykk', '2024-05-07T08:40:00+02:00', 138, 'mm[Hg]'),
    vital('puls', '8867-4', 'Puls', '2024-05-07T08:40:00+02:00', 72, '/min'),
    {
      resourceType: 'CarePlan',
      id: 'oppfolging',
      status: 'active',
      intent: 'plan',
      title: 'Oppfølging etter utskrivning',
      subject,
      period: { start: '2024-02-01' },
      author: { reference: 'Organization/fjordvik-kommune' },
    } satisfies CarePlan,
    {
      resourceType: 'Immunization',
      id: 'influensa',
      status: 'completed',
      vaccineCode: { text: 'Influensavaksine' },
      patient: subject,
      occurrenceDateTime: '2023-10-15',
      performer: [{ actor: { reference: 'Organization/fjordvik-kommune' } }],
    } satisfies Immunization,
  ];
}

/** What the sykehus holds: a stay, lab results with a report and an image, a discharge letter, a procedure. */
function sykehusRecord(): FhirResource[] {
  return [
    organisation('helse-fjord', ORGANISATIONS.sykehus),
    {
      resourceType: 'Encounter',
      id: 'innleggelse',
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP', display: 'inpatient' },
      type: [{ text: 'Innleggelse for lungebetennelse' }],
      subject,
      period: { start: '2024-01-03T14:00:00+01:00', end: '2024-01-09T11:00:00+01:00' },
      serviceProvider: { reference: 'Organization/helse-fjord' },
    } satisfies Encounter,
    lab('crp', 'CRP', '2024-01-03T15:00:00+01:00', 148, 'mg/L'),
    lab('hb', 'Hemoglobin', '2024-01-03T15:00:00+01:00', 12.1, 'g/dL'),
    {
      resourceType: 'DiagnosticReport',
      id: 'blodprover',
      status: 'final',
      code: { text: 'Blodprøver ved innleggelse' },
      subject,
      encounter: { reference: 'Encounter/innleggelse' },
      effectiveDateTime: '2024-01-03T15:00:00+01:00',
      performer: [{ reference: 'Organization/helse-fjord' }],
      result: [{ reference: 'Observation/crp' }, { reference: 'Observation/hb' }],
      presentedForm: [{ contentType: 'image/png', title: 'Røntgen thorax', data: PNG_BASE64 }],
    } satisfies DiagnosticReport,
    {
      resourceType: 'DocumentReference',
      id: 'epikrise',
      status: 'current',
      type: { text: 'Epikrise' },
      subject,
      date: '2024-01-09T12:00:00+01:00',
      custodian: { reference: 'Organization/helse-fjord' },
      context: { encounter: [{ reference: 'Encounter/innleggelse' }] },
      content: [
        { attachment: { contentType: 'application/pdf', title: 'Epikrise.pdf', data: PDF_BASE64 } },
        {
          attachment: {
            contentType: 'application/pdf',
            title: 'Kopi i arkivet',
            url: 'https://arkiv.helse-fjord.no/epikrise/1',
          },
        },
        { attachment: { contentType: 'text/html', title: 'Lenke som ikke skal følges', url: 'javascript:alert(1)' } },
      ],
    } satisfies DocumentReference,
    {
      resourceType: 'Procedure',
      id: 'rontgen',
      status: 'completed',
      code: { text: 'Røntgen av brystkassen' },
      subject,
      performedDateTime: '2024-01-03T16:00:00+01:00',
      performer: [{ actor: { reference: 'Organization/helse-fjord' } }],
    } satisfies Procedure,
  ];
}

/** What the fastlege holds: asthma since 2019, a course of antibiotics, a check-up ahead. */
function fastlegeRecord(): FhirResource[] {
  return [
    organisation('legekontor', ORGANISATIONS.fastlege),
    {
      resourceType: 'Condition',
      id: 'astma',
      subject,
      code: { text: 'Astma' },
      onsetDateTime: '2019',
      asserter: { reference: 'Organization/legekontor' },
    } satisfies Condition,
    {
      resourceType: 'MedicationStatement',
      id: 'penicillin',
      status: 'completed',
      medicationCodeableConcept: { text: 'Apocillin 660 mg tabletter' },
      subject,
      effectivePeriod: { start: '2024-01-09', end: '2024-01-19' },
      informationSource: { reference: 'Organization/legekontor' },
    } satisfies MedicationStatement,
    {
      resourceType: 'Appointment',
      id: 'kontroll',
      status: 'booked',
      description: 'Kontroll hos fastlegen',
      start: '2024-06-03T09:00:00+02:00',
      end: '2024-06-03T09:20:00+02:00',
      participant: [
        { actor: { ...subject }, status: 'accepted' },
        { actor: { reference: 'Organization/legekontor', display: ORGANISATIONS.fastlege }, status: 'accepted' },
      ],
    } satisfies Appointment,
    {
      resourceType: 'Encounter',
      id: 'legetime',
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
      type: [{ text: 'Konsultasjon' }],
      subject,
      period: { start: '2024-05-08T10:00:00+02:00', end: '2024-05-08T10:20:00+02:00' },
      serviceProvider: { reference: 'Organization/legekontor' },
    } satisfies Encounter,
  ];
}

/** Kommune, sykehus and fastlege in one record: ten events over five years, today's first. */
export function typicalPatient(): FhirResource[] {
  return [...fastlegeRecord(), ...kommuneRecord(), ...sykehusRecord()];
}

/** The typical record split over three organisations' sources, each event tagged with its origin. */
export function multiOrganisationSource(): FhirSource {
  return mergeSources([
    { source: createStaticSource(kommuneRecord()), label: ORGANISATIONS.kommune },
    { source: createStaticSource(sykehusRecord()), label: ORGANISATIONS.sykehus },
    { source: createStaticSource(fastlegeRecord()), label: ORGANISATIONS.fastlege },
  ]);
}

export const REFUSED: SourceFailure = { kind: 'forbidden', status: 403, message: 'Forbidden' };

/** Like multiOrganisationSource, but the fastlege refuses every search: the others' events remain. */
export function refusedSourceSource(): FhirSource {
  const refusing = recordingSource(createStaticSource(fastlegeRecord()), {
    failSearch: (type) => ({ ...REFUSED, resourceType: type }),
  }).source;
  return mergeSources([
    { source: createStaticSource(kommuneRecord()), label: ORGANISATIONS.kommune },
    { source: createStaticSource(sykehusRecord()), label: ORGANISATIONS.sykehus },
    { source: refusing, label: ORGANISATIONS.fastlege },
  ]);
}

/** Astrid, the generated large patient: about ten thousand events over decades (use GENERATED_NOW). */
export function largePatient(): FhirResource[] {
  return patientResources(populationResources({ largePatient: true }), LARGE_PATIENT);
}

/** `count` plain encounters, one every six hours back from NOW, alternating between the three organisations. */
export function manyEventsPatient(count = 12_000): FhirResource[] {
  const organisations = [
    organisation('fjordvik-kommune', ORGANISATIONS.kommune),
    organisation('helse-fjord', ORGANISATIONS.sykehus),
    organisation('legekontor', ORGANISATIONS.fastlege),
  ];
  const encounters = Array.from({ length: count }, (_, i): Encounter => ({
    resourceType: 'Encounter',
    id: `mange-${String(i)}`,
    status: 'finished',
    class: { code: 'AMB' },
    type: [{ text: `Kontakt nummer ${String(i + 1)}` }],
    subject,
    period: { start: new Date(NOW.getTime() - i * 6 * 3600_000).toISOString() },
    serviceProvider: { reference: `Organization/${organisations[i % 3]?.id ?? ''}` },
  }));
  return [...organisations, ...encounters];
}

export const HOSTILE = '<img src=x onerror="window.__samPwned=1">';
export const SCRIPT = '<script>window.__samPwned=2</script>';

/** Markup in every text an event can show, and attachments that must never become live links. */
export function hostilePatient(): FhirResource[] {
  return [
    organisation('evil-org', `${HOSTILE} sykehus`),
    {
      resourceType: 'Encounter',
      id: 'evil-encounter',
      status: 'finished',
      class: { code: 'AMB', display: SCRIPT },
      type: [{ text: `${HOSTILE} kontakt` }],
      reasonCode: [{ text: `${SCRIPT} årsak` }],
      subject,
      period: { start: '2024-05-08T10:00:00+02:00' },
      serviceProvider: { reference: 'Organization/evil-org' },
    } satisfies Encounter,
    {
      ...lab('evil-lab', `${HOSTILE} prøve`, '2024-05-07T10:00:00+02:00', 1, 'mg/L'),
      valueQuantity: undefined,
      valueString: SCRIPT,
    },
    {
      resourceType: 'DocumentReference',
      id: 'evil-document',
      status: 'current',
      type: { text: `${SCRIPT} dokument` },
      subject,
      date: '2024-05-06',
      content: [
        {
          attachment: { contentType: 'text/html', title: `${HOSTILE} vedlegg`, url: 'javascript:window.__samPwned=4' },
        },
        {
          attachment: {
            contentType: 'text/html',
            title: 'data-lenke',
            url: 'data:text/html,<script>window.__samPwned=5</script>',
          },
        },
        {
          attachment: {
            contentType: 'image/svg+xml',
            title: 'svg',
            data: btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__samPwned=6"/>'),
          },
        },
      ],
    } satisfies DocumentReference,
  ];
}

/** A readable event, a resource without a readable date, a date that is not one, and non-resources. */
export function malformedPatient(): unknown[] {
  return [
    {
      resourceType: 'Encounter',
      id: 'good',
      status: 'finished',
      class: { code: 'AMB' },
      type: [{ text: 'God kontakt' }],
      subject,
      period: { start: '2024-05-08T10:00:00+02:00' },
    } satisfies Encounter,
    { resourceType: 'Procedure', id: 'no-date', status: 'completed', code: { text: 'Uten dato' }, subject },
    {
      resourceType: 'Observation',
      id: 'bad-date',
      status: 'final',
      code: { text: 'Rar dato' },
      effectiveDateTime: 'i går',
    },
    { resourceType: 'Encounter', id: 'broken', period: 'i fjor', type: 'ikke en liste' },
    'bare tekst',
    42,
    null,
  ];
}

// The loading and failing sources live in core, for every component's stories and tests.
export { failingSource, pendingSource } from '@samspill/core/testing.js';

export const UNAVAILABLE_ENCOUNTERS: SourceFailure = {
  kind: 'unavailable',
  resourceType: 'Encounter',
  status: 503,
  message: '503',
};
