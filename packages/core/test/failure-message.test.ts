import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS, type SourceFailure } from '../src/source/fhir-source.js';
import { failureMessage, failureMessages, resourceNoun } from '../src/state/failure-message.js';
import { LOCALES } from '../src/locale.js';
import { notSharedMessage, nothingSharedMessage, truncatedMessage } from '../src/state/outcome-message.js';

describe('failureMessage', () => {
  it('says what could not be loaded and why, in words a clinician can act on', () => {
    const refused: SourceFailure = {
      kind: 'forbidden',
      resourceType: 'MedicationStatement',
      message: '403',
      status: 403,
    };
    expect(failureMessage(refused, 'nb')).toBe('Du har ikke tilgang til legemiddelbruk.');
    expect(failureMessage(refused, 'nn')).toBe('Du har ikkje tilgang til legemiddelbruk.');
    expect(failureMessage(refused, 'en')).toBe('You do not have access to medication use.');
  });

  it('names the organisation a merged source failed for', () => {
    const down: SourceFailure = {
      kind: 'unavailable',
      resourceType: 'Encounter',
      message: '503',
      origin: { label: 'Trondheim kommune' },
    };
    expect(failureMessage(down, 'nb')).toBe(
      'Fikk ikke hentet kontakter fra Trondheim kommune: tjenesten svarer ikke akkurat nå.',
    );
  });

  it('has a sentence for every failure kind in every locale', () => {
    for (const locale of LOCALES) {
      const sentences = FAILURE_KINDS.map((kind) => failureMessage({ kind, message: '' }, locale));
      expect(new Set(sentences).size).toBe(FAILURE_KINDS.length);
      for (const sentence of sentences) expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
    }
  });

  it('names every type the components search or read, including who wrote it (a PractitionerRole)', () => {
    const read = [
      ...['MedicationRequest', 'MedicationStatement', 'MedicationDispense', 'Medication', 'CarePlan', 'Goal'],
      ...['CareTeam', 'Encounter', 'Observation', 'Condition', 'Procedure', 'DiagnosticReport', 'Binary'],
      ...['DocumentReference', 'Immunization', 'AllergyIntolerance', 'Appointment', 'ServiceRequest', 'Task'],
      ...['Patient', 'Practitioner', 'PractitionerRole', 'RelatedPerson', 'Organization', 'Location'],
    ];
    for (const locale of LOCALES) {
      expect(read.map((type) => resourceNoun(type, locale))).not.toContain('data');
    }
  });

  it('falls back to a general noun and a general reason for what it does not know', () => {
    expect(resourceNoun('Basic', 'nb')).toBe('data');
    expect(resourceNoun('constructor', 'en')).toBe('data');
    expect(failureMessage({ kind: 'bogus' as never, message: '' }, 'en')).toBe(
      'Could not read data: the service sent an invalid response.',
    );
  });

  it('lists each distinct problem once and leaves out cancelled loads', () => {
    const failures: SourceFailure[] = [
      { kind: 'forbidden', resourceType: 'MedicationStatement', message: 'a' },
      { kind: 'forbidden', resourceType: 'MedicationStatement', message: 'b' },
      { kind: 'aborted', resourceType: 'MedicationRequest', message: 'c' },
      { kind: 'network', resourceType: 'MedicationDispense', message: 'd' },
    ];
    expect(failureMessages(failures, 'nb')).toEqual([
      'Du har ikke tilgang til legemiddelbruk.',
      'Fikk ikke hentet utleveringer: ingen forbindelse med tjenesten.',
    ]);
  });
});

describe('outcome messages', () => {
  it('say in neutral words what the app was not granted, never "none"', () => {
    expect(notSharedMessage(['Goal'], 'nb')).toBe('Mål er ikke delt med denne appen.');
    expect(notSharedMessage(['MedicationStatement', 'MedicationDispense'], 'nn')).toBe(
      'Legemiddelbruk og utleveringar er ikkje delt med denne appen.',
    );
    expect(notSharedMessage(['Goal', 'CareTeam'], 'en')).toBe('Not shared with this app: goals and care teams.');
    expect(notSharedMessage([], 'nb')).toBe('');
    for (const locale of LOCALES) expect(nothingSharedMessage(locale)).toMatch(/\S/);
  });

  it('say how much of a search cut short was kept', () => {
    expect(truncatedMessage('Observation', 20000, 'nb')).toBe(
      'Bare 20\u00a0000 målinger og prøvesvar er hentet; det finnes flere.',
    );
    expect(truncatedMessage('Observation', 2, 'en')).toBe(
      'Only 2 observations and results were loaded; there are more.',
    );
  });

  it('leave types never granted out of the failures to report', () => {
    const refused: SourceFailure = { kind: 'not-granted', resourceType: 'Goal', message: 'scopes' };
    expect(failureMessages([refused], 'nb')).toEqual([]);
    expect(failureMessage(refused, 'nb')).toBe('Appen har ikke fått tilgang til mål.');
  });
});
