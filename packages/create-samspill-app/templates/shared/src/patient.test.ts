// The app's own logic in Node, against core's sources: a static source stands in for the EHR's FHIR
// server, and core's testing sources record what was asked and fail where a test says so.
import { createStaticSource } from '@samspill/core/data.js';
import { recordingSource } from '@samspill/core/testing.js';
import type { Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
// The summary in nynorsk and English, as the page words it once readPatient has fetched them.
import '@samspill/core/locales/en.js';
import '@samspill/core/locales/nn.js';
import { patientSummary, readPatient } from './patient.js';

const kari: Patient = {
  resourceType: 'Patient',
  id: 'kari',
  identifier: [{ system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '12705825562' }],
  name: [{ family: 'Nordmann', given: ['Kari'] }],
  birthDate: '1958-07-12',
};
const now = new Date('2026-01-15T12:00:00Z');

describe('readPatient', () => {
  it('reads the patient in context from the source', async () => {
    const read = await readPatient(createStaticSource([kari]), 'kari', 'nb');
    expect(read).toEqual({ patient: kari });
  });

  it('asks the server once, however often the page asks', async () => {
    const { source, reads } = recordingSource(createStaticSource([kari]));
    await Promise.all([readPatient(source, 'kari', 'nb'), readPatient(source, 'kari', 'nb')]);
    expect(reads).toEqual(['Patient/kari']);
  });

  it('returns a failure, never throws, when the read fails', async () => {
    const { source } = recordingSource(createStaticSource([kari]), {
      failRead: () => ({ kind: 'forbidden', message: 'Patient is not in the granted scopes', status: 403 }),
    });
    const read = await readPatient(source, 'kari', 'nb');
    expect(read).toEqual({ failure: expect.objectContaining({ kind: 'forbidden', status: 403 }) });
  });

  it('returns a not-found failure for a patient the server does not have', async () => {
    const read = await readPatient(createStaticSource([kari]), 'ola', 'nb');
    expect(read).toEqual({ failure: expect.objectContaining({ kind: 'not-found' }) });
  });
});

describe('patientSummary', () => {
  it('names the patient, with the fødselsnummer masked and the age', () => {
    expect(patientSummary(kari, { locale: 'nb', now })).toEqual({
      name: 'Kari Nordmann',
      facts: [
        { label: 'Fødselsnummer', value: '127058 *****' },
        { label: 'Alder', value: '67 år' },
      ],
    });
  });

  it('speaks the page’s language', () => {
    const { facts } = patientSummary(kari, { locale: 'en', now });
    expect(facts.map((fact) => fact.label)).toEqual(['National identity number', 'Age']);
  });

  it('says the name is missing rather than showing nothing', () => {
    const { name, facts } = patientSummary({ resourceType: 'Patient', id: 'x' }, { locale: 'nn', now });
    expect(name).toBe('Namn manglar');
    expect(facts).toEqual([]);
  });
});
