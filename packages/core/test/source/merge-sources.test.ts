import { readFixtureSet } from '@samspill/fixtures/node';
import type { MedicationRequest, Patient, Reference, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import type { FhirSource, ReadResult, SearchResult } from '../../src/source/fhir-source.js';
import { mergeSources, originOf } from '../../src/source/merge-sources.js';
import { createStaticSource } from '../../src/source/static-source.js';

const hl7 = readFixtureSet('hl7-r4-examples').map(({ resource }) => resource);
const lmdi = readFixtureSet('norway/fhi-lmdi').map(({ resource }) => resource);

const kommune: Reference = { reference: 'Organization/Organisasjon-Kommune', display: 'Trondheim kommune' };
const sykehus: Reference = { reference: 'Organization/Organisasjon-Sykehus', display: 'St. Olavs hospital' };

/** A source that answers every search and read the same way. */
function fixedSource(search: SearchResult | (() => Promise<SearchResult>), read?: ReadResult): FhirSource {
  return {
    search: <T extends Resource>() =>
      (typeof search === 'function' ? search() : Promise.resolve(search)) as Promise<SearchResult<T>>,
    read: <T extends Resource>() =>
      Promise.resolve(read ?? { failure: { kind: 'not-found', message: 'Not here.' } }) as Promise<ReadResult<T>>,
  };
}

const refused: SearchResult = {
  resources: [],
  included: [],
  issues: [{ severity: 'error', code: 'forbidden', diagnostics: 'Scope patient/MedicationRequest.read missing' }],
  failures: [{ kind: 'forbidden', status: 403, message: 'Forbidden', resourceType: 'MedicationRequest' }],
  truncated: false,
};

describe('mergeSources: search', () => {
  const merged = mergeSources([
    { source: createStaticSource(lmdi), label: 'Trondheim kommune', organization: kommune },
    { source: createStaticSource(hl7), label: 'St. Olavs hospital', organization: sykehus },
  ]);

  it('puts every source’s matches together, each tagged with its origin', async () => {
    const result = await merged.search('MedicationRequest', { status: 'on-hold' });
    const fromLmdi = lmdi.filter((r) => r.resourceType === 'MedicationRequest' && r.status === 'on-hold');
    expect(fromLmdi).toEqual([]);
    expect(result.resources).toHaveLength(5);
    expect(result.resources.map((r) => originOf(r)?.label)).toEqual(Array(5).fill('St. Olavs hospital'));
    expect(originOf(result.resources[0]!)?.organization).toBe(sykehus);

    const active = await merged.search('MedicationRequest', { status: 'active' });
    const labels = new Set(active.resources.map((r) => originOf(r)?.label));
    expect(labels).toEqual(new Set(['Trondheim kommune', 'St. Olavs hospital']));
    expect(active.failures).toEqual([]);
    expect(active.total).toBe(active.resources.length);
  });

  it('tags included resources too, and never changes the resources themselves', async () => {
    const before = JSON.stringify(lmdi);
    const result = await merged.search('MedicationRequest', {
      status: 'active',
      _include: 'MedicationRequest:medication',
    });
    expect(result.included.length).toBeGreaterThan(0);
    for (const resource of result.included) expect(originOf(resource)).toBeDefined();
    const paracetamol = result.included.find((r) => r.id === 'Legemiddel-FestLegemiddelMerkevare')!;
    expect(originOf(paracetamol)).toEqual({ label: 'Trondheim kommune', organization: kommune });
    expect(JSON.stringify(lmdi)).toBe(before);
    expect(Object.keys(paracetamol)).not.toContain('origin');
  });

  it('knows no origin for a resource it did not return', () => {
    expect(originOf({ resourceType: 'Patient', id: 'x' })).toBeUndefined();
  });

  it('keeps both origins when two sources return the same object', async () => {
    const shared: Resource = { resourceType: 'Goal', id: 'g' };
    const twice = mergeSources([
      { source: createStaticSource(shared), label: 'A' },
      { source: createStaticSource(shared), label: 'B' },
    ]);
    const result = await twice.search('Goal');
    expect(result.resources.map((r) => originOf(r)?.label)).toEqual(['A', 'B']);
    expect(result.resources[0]).toBe(shared);
    expect(result.resources[1]).toEqual(shared);
    // Searching again tags the same objects the same way.
    const again = await twice.search('Goal');
    expect(again.resources[0]).toBe(shared);
    expect(again.resources.map((r) => originOf(r)?.label)).toEqual(['A', 'B']);
  });
});

describe('mergeSources: partial failure', () => {
  it('keeps the other source’s data when one refuses, with the failure naming its origin', async () => {
    const merged = mergeSources([
      { source: fixedSource(refused), label: 'Fastlege' },
      { source: createStaticSource(hl7), label: 'St. Olavs hospital', organization: sykehus },
    ]);
    const result = await merged.search('MedicationRequest', { patient: 'pat1' });
    expect(result.resources).toHaveLength(40);
    expect(result.failures).toEqual([
      {
        kind: 'forbidden',
        status: 403,
        message: 'Forbidden',
        resourceType: 'MedicationRequest',
        origin: { label: 'Fastlege' },
      },
    ]);
    expect(result.issues).toEqual(refused.issues);
    // One source gave no total, so the merge cannot give one.
    expect(result.total).toBeUndefined();
  });

  it.each([
    [
      'throws',
      (): never => {
        throw new Error('boom');
      },
    ],
    ['rejects', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['resolves garbage', () => Promise.resolve({ nonsense: true } as unknown as SearchResult)],
  ])('keeps the other source’s data when one %s', async (_, search) => {
    const broken: FhirSource = {
      search: search as FhirSource['search'],
      read: search as unknown as FhirSource['read'],
    };
    const merged = mergeSources([
      { source: createStaticSource(lmdi), label: 'Trondheim kommune' },
      { source: broken, label: 'Sykehus', organization: sykehus },
    ]);
    const result = await merged.search('MedicationRequest', { patient: 'Pasient-Med-FNR' });
    expect(result.resources).toHaveLength(4);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.origin).toEqual({ label: 'Sykehus', organization: sykehus });
    expect(['unavailable', 'malformed']).toContain(result.failures[0]?.kind);
    expect(result.failures[0]?.resourceType).toBe('MedicationRequest');
  });

  it('ORs truncated and adds up totals', async () => {
    const page = (truncated: boolean, total: number): SearchResult => ({
      resources: [],
      included: [],
      issues: [],
      failures: [],
      truncated,
      total,
    });
    const merged = mergeSources([
      { source: fixedSource(page(false, 3)), label: 'A' },
      { source: fixedSource(page(true, 400)), label: 'B' },
    ]);
    const result = await merged.search('Observation');
    expect(result.truncated).toBe(true);
    expect(result.total).toBe(403);
  });

  it('asks every source at once', async () => {
    const started: string[] = [];
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const waiting = (label: string): FhirSource =>
      fixedSource(async () => {
        started.push(label);
        await gate;
        return { resources: [], included: [], issues: [], failures: [], truncated: false };
      });
    const pending = mergeSources([
      { source: waiting('A'), label: 'A' },
      { source: waiting('B'), label: 'B' },
    ]).search('Observation');
    await Promise.resolve();
    expect(started).toEqual(['A', 'B']);
    release();
    expect((await pending).failures).toEqual([]);
  });

  it('reports an abort for every source, each with its origin', async () => {
    const controller = new AbortController();
    controller.abort();
    const merged = mergeSources([
      { source: createStaticSource(lmdi), label: 'A' },
      { source: createStaticSource(hl7), label: 'B' },
    ]);
    const result = await merged.search('MedicationRequest', {}, { signal: controller.signal });
    expect(result.resources).toEqual([]);
    expect(result.failures.map((f) => [f.kind, f.origin?.label])).toEqual([
      ['aborted', 'A'],
      ['aborted', 'B'],
    ]);
  });
});

describe('mergeSources: read', () => {
  const merged = mergeSources([
    { source: createStaticSource(lmdi), label: 'Trondheim kommune', organization: kommune },
    { source: createStaticSource(hl7), label: 'St. Olavs hospital', organization: sykehus },
  ]);

  it('takes the first source that has the resource, tagged with its origin', async () => {
    const fromKommune = await merged.read('Medication/Legemiddel-FestLegemiddelMerkevare');
    expect(originOf(fromKommune.resource!)?.label).toBe('Trondheim kommune');
    const fromSykehus = await merged.read({ reference: 'https://sykehus.example/fhir/Medication/med0316' });
    expect(originOf(fromSykehus.resource!)?.label).toBe('St. Olavs hospital');
  });

  it('prefers the earlier source when both have the reference', async () => {
    const patient = (gender: Patient['gender']): Patient => ({ resourceType: 'Patient', id: 'p', gender });
    const both = mergeSources([
      { source: createStaticSource(patient('female')), label: 'First' },
      { source: createStaticSource(patient('male')), label: 'Second' },
    ]);
    const result = await both.read('Patient/p');
    expect(result.resource).toMatchObject({ gender: 'female' });
    expect(originOf(result.resource!)?.label).toBe('First');
  });

  it('combines the failures when no source has it, leading with one that is not "not found"', async () => {
    const missing = await merged.read('Medication/nope');
    expect(missing.failure?.kind).toBe('not-found');
    expect(missing.failure?.message).toContain('Trondheim kommune');
    expect(missing.failure?.message).toContain('St. Olavs hospital');

    const down = mergeSources([
      { source: createStaticSource([]), label: 'Kommune' },
      {
        source: fixedSource(refused, { failure: { kind: 'unavailable', status: 503, message: 'Down' } }),
        label: 'Sykehus',
      },
    ]);
    const result = await down.read('Patient/1');
    expect(result.failure).toMatchObject({ kind: 'unavailable', status: 503, origin: { label: 'Sykehus' } });
    expect(result.failure?.message).toContain('Kommune');
  });

  it('reads contained and included resources locally, keeping their origin', async () => {
    const requests = await merged.search('MedicationRequest', {
      _id: 'medrx0301,Rekvirering-Paracetamol',
      _include: 'MedicationRequest:medication',
    });
    const medrx0301 = requests.resources.find((r) => r.id === 'medrx0301') as MedicationRequest;
    const contained = await merged.read('#med0310', { container: medrx0301 });
    expect(contained.resource?.id).toBe('med0310');
    expect(originOf(contained.resource!)?.label).toBe('St. Olavs hospital');

    const included = await merged.read('Medication/Legemiddel-FestLegemiddelMerkevare', {
      included: requests.included,
    });
    expect(included.resource).toBe(requests.included[0]);
    expect(originOf(included.resource!)?.label).toBe('Trondheim kommune');
  });

  it('says so when there is no source at all', async () => {
    expect((await mergeSources([]).read('Patient/1')).failure?.kind).toBe('not-found');
    const none = await mergeSources([]).search('Patient');
    expect(none).toMatchObject({ resources: [], failures: [], truncated: false });
  });

  it('asks only the members that grant a type, and grants what any member grants', async () => {
    const asked: string[] = [];
    const member = (label: string, withheld: string): FhirSource => ({
      canRead: (type) => type !== withheld,
      search: <T extends Resource>() => {
        asked.push(label);
        return Promise.resolve({
          resources: [],
          included: [],
          issues: [],
          failures: [],
          truncated: false,
        } as SearchResult<T>);
      },
      read: <T extends Resource>() => {
        asked.push(label);
        return Promise.resolve({ failure: { kind: 'not-found', message: 'Not here.' } } as ReadResult<T>);
      },
    });
    const merge = mergeSources([
      { source: member('Kommune', 'Goal'), label: 'Kommune' },
      { source: member('Sykehus', 'Task'), label: 'Sykehus' },
    ]);
    expect([merge.canRead?.('Goal'), merge.canRead?.('Task'), merge.canRead?.('Observation')]).toEqual([
      true,
      true,
      true,
    ]);
    expect((await merge.search('Goal')).failures).toEqual([]);
    await merge.read('Goal/1');
    expect(asked).toEqual(['Sykehus', 'Sykehus']);
    const neither = mergeSources([{ source: member('Kommune', 'Goal'), label: 'Kommune' }]);
    expect(neither.canRead?.('Goal')).toBe(false);
    expect((await neither.search('Goal')).failures).toEqual([expect.objectContaining({ kind: 'not-granted' })]);
    expect((await neither.read('Goal/1')).failure?.kind).toBe('not-granted');
    expect(asked).toHaveLength(2);
  });
});
