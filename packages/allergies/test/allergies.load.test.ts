// The data step: one AllergyIntolerance search that includes who recorded and who reported each
// record, the rest read by reference; nothing sent for a type not granted; and whether the allergies
// could be checked, from the load's outcomes.
import { describe, expect, test } from 'vitest';
import { createStaticSource, type FhirSource } from '@samspill/core/data.js';
import { failingSource, grantingSource, recordingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';
import { allergiesModel, allergyCheck, loadAllergies } from '../src/index.js';
import { EXAMPLE_PATIENT, TYPICAL_ORDER, UNAVAILABLE_ALLERGIES, typicalPatient } from './allergies-examples.js';

async function modelOf(source: FhirSource, patient = EXAMPLE_PATIENT) {
  const loaded = await loadAllergies(source, patient);
  return { loaded, model: allergiesModel(loaded.resources, { related: loaded.related, outcomes: loaded.outcomes }) };
}

describe('loadAllergies', () => {
  test('one search with _include of recorder and asserter; the people behind a role read once', async () => {
    const recording = recordingSource(createStaticSource(typicalPatient()));
    const { loaded, model } = await modelOf(recording.source, `Patient/${EXAMPLE_PATIENT}`);
    expect(recording.searches.map((search) => search.type)).toEqual(['AllergyIntolerance']);
    expect(recording.searches[0]?.params?._include).toEqual([
      'AllergyIntolerance:recorder',
      'AllergyIntolerance:asserter',
    ]);
    expect(new Set(recording.reads).size).toBe(recording.reads.length);
    expect(loaded.outcomes.find((outcome) => outcome.via === 'search')?.status).toBe('loaded');
    expect(model.check.status).toBe('checked');
    expect(model.current.map((row) => row.substance)).toEqual(TYPICAL_ORDER);
    expect(model.current[0]).toMatchObject({ recorder: 'Kari Hansen', source: 'Fjordvik legekontor' });
  });

  test('not granted: nothing is sent, and the allergies could not be checked (never "none")', async () => {
    const recording = recordingSource(grantingSource(typicalPatient(), ['AllergyIntolerance']));
    const { model } = await modelOf(recording.source);
    expect(recording.searches).toEqual([]);
    expect(model.check.status).toBe('not-granted');
    expect(model.current).toEqual([]);
  });

  test('a failed search: could not be checked, with the failure to name', async () => {
    const { model } = await modelOf(failingSource(typicalPatient(), { AllergyIntolerance: UNAVAILABLE_ALLERGIES }));
    expect(model.check).toMatchObject({ status: 'failed', failures: [{ kind: 'unavailable' }] });
    expect(allergyCheck([])).toEqual({ status: 'checked', failures: [] });
  });

  test('the generated population through a static source: Ragnhild’s kritisk allergy named by her fastlege’s office', async () => {
    const resources = populationResources({ seed: 1 });
    const { model } = await modelOf(createStaticSource(resources), PATIENT_IDS.ragnhild);
    const direct = allergiesModel(patientResources(resources, PATIENT_IDS.ragnhild));
    expect(model.current.map((row) => row.substance)).toEqual(direct.current.map((row) => row.substance));
    expect(model.current[0]?.critical).toBe(true);
    expect(model.current[0]?.source).toBe(direct.current[0]?.source);
  });
});
