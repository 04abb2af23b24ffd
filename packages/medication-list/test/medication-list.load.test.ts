import type { FhirResource, Resource } from 'fhir/r4.js';
import { describe, expect, test } from 'vitest';
import { PATIENT_IDS } from '@samspill/fixtures/generator';
import { createStaticSource, failuresOf, mergeSources, notGrantedTypes } from '@samspill/core/data.js';
import { MEDICATION_RESOURCE_TYPES, loadMedications, medicationRows } from '../src/index.js';
import { grantingSource, recordingSource } from '@samspill/core/testing.js';
import { ANCHOR, generated, patientResources } from './medication-text.js';

const KJELL = PATIENT_IDS.kjell;

function entriesOf(resources: readonly FhirResource[], patient: string): FhirResource[] {
  return patientResources(resources, patient).filter((resource) =>
    (MEDICATION_RESOURCE_TYPES as readonly string[]).includes(resource.resourceType),
  );
}

function referencesIn(resources: readonly Resource[], type: string): Set<string> {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const reference = (value as { reference?: unknown }).reference;
      if (typeof reference === 'string' && reference.startsWith(`${type}/`)) found.add(reference);
      Object.values(value).forEach(walk);
    }
  };
  resources.forEach(walk);
  return found;
}

describe('loadMedications', () => {
  test('three searches with _include; the people behind the roles read once each; no Medication read', async () => {
    const all = generated(1);
    const counting = recordingSource(createStaticSource(all));
    const loaded = await loadMedications(counting.source, `Patient/${KJELL}`);

    expect(counting.searches.map((search) => search.type).sort()).toEqual([...MEDICATION_RESOURCE_TYPES].sort());
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    expect(notGrantedTypes(loaded.outcomes)).toEqual([]);
    expect(loaded.outcomes.filter((outcome) => outcome.via === 'search').map((outcome) => outcome.status)).toEqual([
      'loaded',
      'loaded',
      'loaded',
    ]);
    expect(new Set(loaded.resources)).toEqual(new Set(entriesOf(all, KJELL)));
    // Medications and PractitionerRoles came with the searches.
    expect(counting.reads.filter((reference) => reference.startsWith('Medication/'))).toEqual([]);
    expect(counting.reads.filter((reference) => reference.startsWith('PractitionerRole/'))).toEqual([]);
    // The second round: each Practitioner and Organization a role names, once.
    const roles = loaded.related.filter((resource) => resource.resourceType === 'PractitionerRole');
    const wanted = new Set([...referencesIn(roles, 'Practitioner'), ...referencesIn(roles, 'Organization')]);
    expect(new Set(counting.reads)).toEqual(wanted);
    expect(counting.reads).toHaveLength(wanted.size);

    const rows = medicationRows(loaded.resources, { related: loaded.related, now: ANCHOR });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.prescriber?.hpr ?? '', row.key).toMatch(/^\d+$/);
      expect(row.source.careLevel).toBeDefined();
    }
  });

  test('a source that refuses _include: every distinct reference is read once, not once per row', async () => {
    const all = generated(1);
    const counting = recordingSource(createStaticSource(all), {
      failSearch: (type, params) =>
        params?._include === undefined
          ? undefined
          : { kind: 'unsupported', message: '_include is not supported', resourceType: type },
    });
    const loaded = await loadMedications(counting.source, KJELL);
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    expect(counting.searches).toHaveLength(6);
    const entries = entriesOf(all, KJELL);
    const medications = referencesIn(entries, 'Medication');
    expect(medications.size).toBeGreaterThan(0);
    const medicationReads = counting.reads.filter((reference) => reference.startsWith('Medication/'));
    expect(new Set(medicationReads)).toEqual(medications);
    expect(medicationReads).toHaveLength(medications.size);
    expect(new Set(counting.reads).size).toBe(counting.reads.length);
    const rows = medicationRows(loaded.resources, { related: loaded.related, now: ANCHOR });
    expect(rows.every((row) => row.problems.length === 0)).toBe(true);
  });

  test('a refused MedicationStatement search still returns the requests, with the failure', async () => {
    const all = generated(1);
    const counting = recordingSource(createStaticSource(all), {
      failSearch: (type) =>
        type === 'MedicationStatement'
          ? { kind: 'forbidden', message: 'Not allowed', status: 403, resourceType: type }
          : undefined,
    });
    const loaded = await loadMedications(counting.source, KJELL);
    expect(failuresOf(loaded.outcomes)).toEqual([
      { kind: 'forbidden', message: 'Not allowed', status: 403, resourceType: 'MedicationStatement' },
    ]);
    expect(loaded.outcomes.find((outcome) => outcome.resourceType === 'MedicationStatement')?.status).toBe('failed');
    expect(loaded.resources.some((resource) => resource.resourceType === 'MedicationStatement')).toBe(false);
    const requests = entriesOf(all, KJELL).filter((resource) => resource.resourceType === 'MedicationRequest');
    expect(loaded.resources.filter((resource) => resource.resourceType === 'MedicationRequest')).toHaveLength(
      requests.length,
    );
    // The requests stand on their own: one row per renewal chain.
    const rows = medicationRows(loaded.resources, { related: loaded.related, now: ANCHOR });
    expect(rows.every((row) => row.resourceType !== 'MedicationStatement')).toBe(true);
    expect(rows.some((row) => row.history.length > 0)).toBe(true);
  });

  test('types the source does not grant are not asked for, and are not shared rather than failed', async () => {
    const counting = recordingSource(grantingSource(generated(1), ['MedicationDispense', 'Practitioner']));
    const loaded = await loadMedications(counting.source, KJELL);
    expect(failuresOf(loaded.outcomes)).toEqual([]);
    expect(notGrantedTypes(loaded.outcomes, 'search')).toEqual(['MedicationDispense']);
    expect(notGrantedTypes(loaded.outcomes)).toEqual(['MedicationDispense', 'Practitioner']);
    expect(counting.searches.map((search) => search.type)).not.toContain('MedicationDispense');
    expect(counting.reads.some((reference) => reference.startsWith('Practitioner/'))).toBe(false);
  });

  test('a read that fails is a failure with its resource type; the rows still show', async () => {
    const all = generated(1).filter((resource) => resource.resourceType !== 'Organization');
    const loaded = await loadMedications(createStaticSource(all), KJELL);
    const failures = failuresOf(loaded.outcomes);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failure) => failure.kind === 'not-found' && failure.resourceType === 'Organization')).toBe(
      true,
    );
    const rows = medicationRows(loaded.resources, { related: loaded.related, now: ANCHOR });
    expect(rows.length).toBeGreaterThan(0);
  });

  test('an aborted load reports aborted failures and throws nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const loaded = await loadMedications(createStaticSource(generated(1)), KJELL, { signal: controller.signal });
    expect(loaded.resources).toEqual([]);
    expect(failuresOf(loaded.outcomes).map((failure) => failure.kind)).toEqual(['aborted', 'aborted', 'aborted']);
  });

  test('through merged sources, each row knows its origin', async () => {
    const all = generated(1);
    const byHost = (host: string): FhirResource[] =>
      all.filter((resource) => resource.meta?.source === undefined || resource.meta.source.includes(host));
    const merged = mergeSources([
      { source: createStaticSource(byHost('sykehus')), label: 'St. Sunnivas hospital' },
      { source: createStaticSource(byHost('fastlege')), label: 'Fastlegen' },
    ]);
    const loaded = await loadMedications(merged, KJELL);
    const rows = medicationRows(loaded.resources, { related: loaded.related, now: ANCHOR });
    const origins = new Set(rows.map((row) => row.source.origin?.label));
    expect(origins).toEqual(new Set(['St. Sunnivas hospital', 'Fastlegen']));
  });
});
