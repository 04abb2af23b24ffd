import type { Bundle, Resource } from 'fhir/r4.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/source/resource-store.js';
import { compileFilter, type Predicate } from '../../src/source/search-match.js';
import { parseSearchParams, type Filter } from '../../src/source/search-params.js';
import { searchParam } from '../../src/source/search-paths.js';
import { searchValues } from '../../src/source/search-values.js';
import { createSearchIndex } from '../../src/source/static-index.js';
import { createStaticSource } from '../../src/source/static-source.js';

// The index may only narrow: what a search finds with it must be what a scan of every resource of
// the type finds with the same predicates, in the same order.

/** The unindexed search: core's own predicates over every resource of the type, in store order. */
function scan(input: unknown, type: string, params: Record<string, string | string[]>): string[] | undefined {
  const store = createStore(input);
  const parsed = parseSearchParams(params);
  if (parsed.error !== undefined) return undefined;
  const predicates: Predicate[] = [];
  for (const filter of parsed.value.filters) {
    const param = searchParam(type, filter.name);
    if (param === undefined) return undefined;
    // Read afresh: the static source remembers its readings, and must find the same.
    const predicate = compileFilter(
      filter,
      param,
      searchValues((reference) => store.keyOfReference(reference)),
    );
    if (predicate.error !== undefined) return undefined;
    predicates.push(predicate.value);
  }
  return store
    .ofType(type)
    .filter((resource) => predicates.every((matches) => matches(resource)))
    .map(idOf);
}

async function indexed(input: unknown, type: string, params: Record<string, string | string[]>) {
  const result = await createStaticSource(input as Resource[]).search(type, params);
  return result.failures.length > 0 ? undefined : result.resources.map(idOf);
}

function idOf(resource: Resource): string {
  return resource.id ?? '?';
}

function candidateIds(resources: readonly Resource[], type: string, filters: readonly Filter[]): string[] | undefined {
  const store = createStore(resources);
  return createSearchIndex(
    type,
    store.ofType(type),
    searchValues((reference) => store.keyOfReference(reference)),
  )
    .candidates(filters)
    ?.map(idOf);
}

const observation = (id: string, fields: Record<string, unknown>): Resource =>
  ({ resourceType: 'Observation', id, status: 'final', code: { text: 'x' }, ...fields }) as Resource;

describe('the static search index', () => {
  const resources: Resource[] = [
    observation('relative', { subject: { reference: 'Patient/kari' } }),
    observation('absolute', { subject: { reference: 'https://ehr.example/fhir/Patient/kari' } }),
    observation('group', { subject: { reference: 'Group/kari' } }),
    observation('other', { subject: { reference: 'Patient/ola' } }),
    observation('none', {}),
    observation('contained', {
      contained: [{ resourceType: 'Patient', id: 'p' }],
      subject: { reference: '#p' },
    }),
    {
      resourceType: 'AllergyIntolerance',
      id: 'by-patient',
      patient: { reference: 'Patient/kari' },
    } as Resource,
  ];

  it('finds by the id a reference points at, relative or absolute, and leaves the type to the predicate', () => {
    const filters = [{ name: 'patient', values: ['kari'] }];
    expect(candidateIds(resources, 'Observation', filters)).toEqual(['relative', 'absolute', 'group']);
    expect(candidateIds(resources, 'Observation', [{ name: 'subject', values: ['Patient/kari'] }])).toEqual([
      'relative',
      'absolute',
      'group',
    ]);
    expect(candidateIds(resources, 'AllergyIntolerance', filters)).toEqual(['by-patient']);
  });

  it('gives no candidates to a resource in no compartment or pointing only at a contained resource', async () => {
    const candidates = candidateIds(resources, 'Observation', [{ name: 'patient', values: ['p', 'kari', 'ola'] }]);
    expect(candidates).toEqual(['relative', 'absolute', 'group', 'other']);
    expect(await indexed(resources, 'Observation', { patient: 'Patient/kari' })).toEqual(['relative', 'absolute']);
    expect(await indexed(resources, 'Observation', { patient: 'p' })).toEqual([]);
  });

  it('follows a Bundle fullUrl to the identity it names', async () => {
    const bundle: Bundle = {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        { fullUrl: 'urn:uuid:1', resource: { resourceType: 'Patient', id: 'kari' } },
        { resource: observation('by-uuid', { subject: { reference: 'urn:uuid:1' } }) },
      ],
    };
    expect(await indexed(bundle, 'Observation', { patient: 'kari' })).toEqual(['by-uuid']);
  });

  it('takes the narrowest filter, and does not narrow by a value that needs no key', () => {
    const many = Array.from({ length: 5 }, (_, i) => observation(`o${i}`, { subject: { reference: 'Patient/kari' } }));
    expect(
      candidateIds(many, 'Observation', [
        { name: 'patient', values: ['kari'] },
        { name: '_id', values: ['o3'] },
      ]),
    ).toEqual(['o3']);
    expect(candidateIds(many, 'Observation', [{ name: 'code', values: ['http://loinc.org|'] }])).toBeUndefined();
    expect(candidateIds(many, 'Observation', [{ name: 'date', values: ['ne2020'] }])).toBeUndefined();
    expect(candidateIds(many, 'Observation', [{ name: 'status', values: ['final'] }])).toBeUndefined();
  });

  it('narrows by date on the side of the value a prefix reaches towards', () => {
    const dated = [
      observation('2019', { effectiveDateTime: '2019-05-01' }),
      observation('2021', { effectiveDateTime: '2021-05-01' }),
      observation('open', { effectivePeriod: { start: '2018-01-01' } }),
      observation('undated', {}),
    ];
    expect(candidateIds(dated, 'Observation', [{ name: 'date', values: ['ge2020'] }])).toEqual(['2021', 'open']);
    expect(candidateIds(dated, 'Observation', [{ name: 'date', values: ['lt2020'] }])).toEqual(['2019', 'open']);
    expect(candidateIds(dated, 'Observation', [{ name: 'date', values: ['sa2022', 'eb2019'] }])).toEqual([
      '2019',
      'open',
    ]);
  });
});

// Small pools of values, so that generated resources and searches often meet.
const PATIENTS = ['kari', 'ola'];
const reference = fc.oneof(
  fc.constantFrom(...PATIENTS).map((id) => `Patient/${id}`),
  fc.constantFrom(...PATIENTS).map((id) => `https://ehr.example/fhir/Patient/${id}`),
  fc.constantFrom('Group/kari', '#kari', 'urn:uuid:kari', 'Patient/', 'kari'),
);
const instant = fc
  .tuple(fc.integer({ min: 2018, max: 2022 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(4, 7, 10, 16, 20))
  .map(([year, month, length]) => `${year}-${String(month).padStart(2, '0')}-15T10:30:00Z`.slice(0, length));
const coding = fc.record({
  system: fc.constantFrom('http://loinc.org', 'urn:other'),
  code: fc.constantFrom('a', 'b', 'vital-signs'),
});
const TYPES = ['Observation', 'Condition', 'AllergyIntolerance', 'Encounter'];
// Mostly of the searched type, a few of others, so most searches have something to find.
const resourceOf = (type: string) =>
  fc.record(
    {
      type: fc.oneof({ arbitrary: fc.constant(type), weight: 4 }, { arbitrary: fc.constantFrom(...TYPES), weight: 1 }),
      subject: reference.map((ref) => ({ reference: ref })),
      patient: reference.map((ref) => ({ reference: ref })),
      code: fc.array(coding, { maxLength: 2 }).map((codes) => ({ coding: codes })),
      category: fc.array(coding, { maxLength: 2 }).map((codes) => [{ coding: codes }]),
      effectiveDateTime: instant,
      effectivePeriod: fc.record({ start: instant, end: instant }, { requiredKeys: [] }),
      onsetDateTime: instant,
      period: fc.record({ start: instant, end: instant }, { requiredKeys: [] }),
      recordedDate: instant,
    },
    { requiredKeys: ['type'] },
  );
const resourcesOf = (type: string) =>
  fc
    .array(resourceOf(type), { minLength: 5, maxLength: 30 })
    .map((list) => list.map(({ type, ...fields }, i) => ({ resourceType: type, id: `r${i}`, ...fields })));
const references = fc.constantFrom(...PATIENTS, 'Patient/kari', 'Group/kari', 'https://ehr.example/fhir/Patient/ola');
const tokens = fc.constantFrom('a', 'b', 'vital-signs', 'http://loinc.org|a', '|a', 'urn:other|', 'r1', 'r2');
const dates = fc
  .tuple(fc.constantFrom('', 'eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'), instant)
  .map(([prefix, date]) => prefix + date);
const VALUES: Record<string, fc.Arbitrary<string>> = { reference: references, token: tokens, date: dates };

/** A type and a search on it: parameters it supports, each with values of its kind (ORed, then ANDed). */
const typedSearch = fc.constantFrom(...TYPES).chain((type) => {
  const names = ['patient', 'subject', '_id', 'code', 'category', 'date', 'onset-date', 'recorded-date', 'status'];
  const supported = names.filter((name) => searchParam(type, name) !== undefined);
  const param = fc.constantFrom(...supported).chain((name) => {
    const values = VALUES[searchParam(type, name)?.kind ?? 'token'] ?? tokens;
    const filter = fc.array(values, { minLength: 1, maxLength: 3 }).map((list) => list.join(','));
    return fc.tuple(fc.constant(name), fc.array(filter, { minLength: 1, maxLength: 2 }));
  });
  return fc.tuple(fc.constant(type), fc.array(param, { maxLength: 3 }).map(Object.fromEntries), resourcesOf(type));
});

describe('an indexed search', () => {
  it('finds exactly what a scan of every resource finds, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(typedSearch, async ([type, params, input]) => {
        const found = await indexed(input, type, params as Record<string, string[]>);
        expect(found).toBeDefined();
        expect(found).toEqual(scan(input, type, params as Record<string, string[]>));
      }),
      { numRuns: 1000 },
    );
  });
});
