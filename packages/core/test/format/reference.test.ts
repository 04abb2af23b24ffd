import { readFixture } from '@samspill/fixtures/node';
import type { MedicationRequest, Observation, Reference } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatReference } from '../../src/format/reference.js';

describe('formatReference', () => {
  it('shows the display first', () => {
    const reference: Reference = {
      reference: 'Practitioner/1',
      display: 'Magnar Koman',
      identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.4', value: '9144889' },
    };
    expect(formatReference(reference)).toBe('Magnar Koman');
    expect(formatReference(reference, { locale: 'en' })).toBe('Magnar Koman');
  });

  it('shows a labelled identifier when there is no display', () => {
    const hpr: Reference = { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.4', value: '9144900' } };
    expect(formatReference(hpr)).toBe('HPR-nummer 9144900');
    expect(formatReference(hpr, { locale: 'nn' })).toBe('HPR-nummer 9144900');
    expect(formatReference(hpr, { locale: 'en' })).toBe('HPR number 9144900');
  });

  it('masks a fødselsnummer in a reference', () => {
    const patient: Reference = {
      reference: 'Patient/Pasient-Med-FNR',
      identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '12705825562' },
    };
    expect(formatReference(patient)).toBe('Fødselsnummer 127058 *****');
    expect(formatReference(patient, { locale: 'en' })).toBe('National identity number 127058 *****');
  });

  it('shows the HER-id and the local identifiers of the VKP observation', () => {
    const observation = readFixture('norway/vkp-observation/Observation-body-height-create.json') as Observation;
    expect(formatReference(observation.performer![0])).toBe('HER-id 889911');
    expect(formatReference(observation.performer![0], { locale: 'en' })).toBe('HER ID 889911');
    expect(formatReference(observation.subject)).toBe('Identifikator 1000807');
  });

  it.each([
    ['nb', 'Pasient (ikke hentet)', 'Helsepersonell (ikke hentet)', 'Legemiddel (ikke hentet)'],
    ['nn', 'Pasient (ikkje henta)', 'Helsepersonell (ikkje henta)', 'Legemiddel (ikkje henta)'],
    ['en', 'Patient (not loaded)', 'Practitioner (not loaded)', 'Medication (not loaded)'],
  ] as const)(
    'says what an unresolved reference points at and that it was not loaded, in %s, never its id',
    (locale, patient, practitioner, med) => {
      const request = readFixture(
        'norway/fhi-lmdi/MedicationRequest-Rekvirering-Paracetamol.json',
      ) as MedicationRequest;
      expect(formatReference(request.subject, { locale })).toBe(patient);
      expect(formatReference(request.requester, { locale })).toBe(practitioner);
      expect(formatReference(request.medicationReference, { locale })).toBe(med);
    },
  );

  it.each([
    [{ reference: 'https://fhir.example.no/fhir/Organization/42' }, 'Organisasjon (ikke hentet)'],
    [{ reference: 'RelatedPerson/7/_history/2' }, 'Pårørende (ikke hentet)'],
    [{ reference: 'PractitionerRole/x' }, 'Helsepersonell (ikke hentet)'],
    [{ type: 'Location' }, 'Sted uten navn'],
    [{ type: 'http://hl7.org/fhir/StructureDefinition/CareTeam', reference: '#t1' }, 'Behandlingsteam uten navn'],
    [{ reference: 'Encounter/agy1002679' }, 'Kontakt (ikke hentet)'],
    [{ reference: 'Basic/1' }, 'Oppføring (ikke hentet)'],
    [{ reference: '#contained-1' }, 'Uten navn'],
    [{ reference: 'constructor/1' }, 'Uten navn'],
  ])('reads %j as %s', (reference, expected) => {
    expect(formatReference(reference)).toBe(expected);
  });

  it('has nynorsk and English for the other kinds', () => {
    expect(formatReference({ type: 'RelatedPerson' }, { locale: 'nn' })).toBe('Pårørande utan namn');
    expect(formatReference({ type: 'Location' }, { locale: 'nn' })).toBe('Stad utan namn');
    expect(formatReference({ type: 'Organization' }, { locale: 'en' })).toBe('Unnamed organisation');
    expect(formatReference({ reference: '#x' }, { locale: 'nn' })).toBe('Utan namn');
    expect(formatReference({ reference: 'Encounter/1' }, { locale: 'nn' })).toBe('Kontakt (ikkje henta)');
    expect(formatReference({ reference: 'Encounter/1' }, { locale: 'en' })).toBe('Encounter (not loaded)');
  });

  it('shows nothing for an empty reference, and never throws on wrong types', () => {
    expect(formatReference(undefined)).toBe('');
    expect(formatReference({})).toBe('');
    expect(formatReference({ display: 12, reference: ['Patient/1'], identifier: 'x' } as never)).toBe('');
    expect(formatReference({ display: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
  });
});
