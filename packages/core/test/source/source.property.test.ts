import { readFixtureSet } from '@samspill/fixtures/node';
import type { Resource } from 'fhir/r4.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAILURE_KINDS, type FhirSource, type SearchResult } from '../../src/source/fhir-source.js';
import { mergeSources } from '../../src/source/merge-sources.js';
import { cachedSource } from '../../src/source/request-cache.js';
import { createStaticSource } from '../../src/source/static-source.js';

const hl7 = readFixtureSet('hl7-r4-examples').map(({ resource }) => resource);

const TYPES = ['MedicationRequest', 'CarePlan', 'Observation', 'Encounter', 'Condition', 'Appointment', 'Patient'];
const PARAMS = [
  'patient',
  'subject',
  'status',
  'category',
  'code',
  'date',
  'authoredon',
  'effective',
  '_id',
  '_lastUpdated',
  '_count',
  '_sort',
  '_include',
  '_revinclude',
  'actor',
  'goal',
  '__proto__',
  'constructor',
];

/** Text that looks like what a search value might be, so the parsers get past their first check. */
const searchText = fc.oneof(
  fc.string(),
  fc
    .tuple(
      fc.constantFrom('', 'eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb', 'ap', 'xx'),
      fc.date({ noInvalidDate: true }),
      fc.integer({ min: 4, max: 24 }),
    )
    .map(([prefix, date, length]) => prefix + date.toISOString().slice(0, length)),
  fc
    .tuple(fc.constantFrom('', '|', 'http://loinc.org|', 'Patient/', 'http://x/Patient/'), fc.string())
    .map(([a, b]) => a + b),
  fc.constantFrom('*', 'MedicationRequest:medication', 'CarePlan:goal', 'Provenance:target', '-date', 'status,-_id'),
);

const searchValue = fc.oneof(
  searchText,
  fc.integer(),
  fc.array(fc.oneof(searchText, fc.integer()), { maxLength: 3 }),
  fc.constant(undefined),
  fc.anything(),
);

const params = fc.dictionary(fc.oneof(fc.constantFrom(...PARAMS), fc.string()), searchValue, { maxKeys: 4 });

/** Objects that claim to be resources, with whatever inside; and Bundles of them. */
const resourceLike = fc
  .tuple(fc.constantFrom(...TYPES), fc.option(fc.string(), { nil: undefined }), fc.object())
  .map(([resourceType, id, rest]) => ({ ...rest, resourceType, ...(id === undefined ? {} : { id }) }));
const bundleLike = fc
  .array(
    fc.record({ fullUrl: fc.option(fc.string(), { nil: undefined }), resource: fc.oneof(resourceLike, fc.anything()) }),
    {
      maxLength: 5,
    },
  )
  .map((entry) => ({ resourceType: 'Bundle', entry }));
const input = fc.oneof(
  fc.anything(),
  resourceLike,
  bundleLike,
  fc.array(fc.oneof(resourceLike, bundleLike, fc.anything()), { maxLength: 8 }),
);

function expectWellFormed(result: SearchResult, resourceType: string): void {
  expect(Array.isArray(result.resources)).toBe(true);
  expect(Array.isArray(result.included)).toBe(true);
  expect(Array.isArray(result.issues)).toBe(true);
  expect(typeof result.truncated).toBe('boolean');
  for (const resource of result.resources) expect(resource.resourceType).toBe(resourceType);
  for (const resource of result.included) {
    expect(typeof resource.resourceType).toBe('string');
    expect(result.resources).not.toContain(resource);
  }
  for (const failure of result.failures) {
    expect(FAILURE_KINDS).toContain(failure.kind);
    expect(failure.message).toEqual(expect.any(String));
    expect(failure.message).not.toBe('');
  }
  if (result.failures.length > 0) expect(result.resources).toEqual([]);
  if (result.total !== undefined) {
    expect(Number.isInteger(result.total)).toBe(true);
    expect(result.total).toBeGreaterThanOrEqual(result.resources.length);
  }
}

// Every wrapper must keep the guarantee of the source it wraps.
const wrappings: [string, (source: FhirSource) => FhirSource][] = [
  ['static', (source) => source],
  ['cached', (source) => cachedSource(source)],
  ['merged', (source) => mergeSources([{ source, label: 'A' }])],
];

describe.each(wrappings)('%s source on arbitrary data', (_, wrap) => {
  it('never throws or rejects, and always answers a well-formed search', async () => {
    await fc.assert(
      fc.asyncProperty(input, fc.constantFrom(...TYPES), params, async (data, type, search) => {
        const source = wrap(createStaticSource(data as Resource));
        expectWellFormed(await source.search(type, search as Record<string, string>), type);
      }),
    );
  });

  it('answers any search of real data with a well-formed result', async () => {
    const source = wrap(createStaticSource(hl7));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TYPES),
        params,
        fc.option(fc.integer(), { nil: undefined }),
        async (type, search, pageLimit) => {
          const options = pageLimit === undefined ? {} : { pageLimit };
          expectWellFormed(await source.search(type, search as Record<string, string>, options), type);
        },
      ),
    );
  });

  it('answers any read with exactly one of a resource or a failure', async () => {
    const source = wrap(createStaticSource(hl7));
    await fc.assert(
      fc.asyncProperty(fc.oneof(searchText, fc.anything()), fc.anything(), async (reference, options) => {
        const result = await source.read(reference as string, options as undefined);
        expect((result.resource === undefined) !== (result.failure === undefined)).toBe(true);
        if (result.failure) expect(FAILURE_KINDS).toContain(result.failure.kind);
      }),
    );
  });
});

describe('date prefixes on real CarePlans', () => {
  const source = createStaticSource(hl7);
  const ids = async (date: string): Promise<Set<string | undefined>> =>
    new Set((await source.search('CarePlan', { date })).resources.map((resource) => resource.id));
  // A date at year, month, day, minute, second or millisecond precision, in several zones.
  const date = fc
    .tuple(
      fc.date({ min: new Date('2009-01-01'), max: new Date('2019-12-31'), noInvalidDate: true }),
      fc.constantFrom(4, 7, 10, 16, 19, 23),
      fc.constantFrom('', 'Z', '+01:00', '-05:00'),
    )
    .map(([value, length, zone]) => value.toISOString().slice(0, length) + (length > 10 ? zone : ''));

  it('keeps ge = gt ∪ eq, le = lt ∪ eq, ne = everything dated but eq, sa ⊆ gt and eb ⊆ lt', async () => {
    const dated = await ids('ge0001');
    await fc.assert(
      fc.asyncProperty(date, async (value) => {
        const [eq, ne, gt, lt, ge, le, sa, eb] = await Promise.all(
          ['eq', 'ne', 'gt', 'lt', 'ge', 'le', 'sa', 'eb'].map((prefix) => ids(prefix + value)),
        );
        expect(ge).toEqual(new Set([...gt!, ...eq!]));
        expect(le).toEqual(new Set([...lt!, ...eq!]));
        expect(new Set([...eq!, ...ne!])).toEqual(dated);
        expect([...eq!].filter((id) => ne!.has(id))).toEqual([]);
        expect([...sa!].filter((id) => !gt!.has(id))).toEqual([]);
        expect([...eb!].filter((id) => !lt!.has(id))).toEqual([]);
      }),
    );
  });
});

describe('paging on real data', () => {
  it('returns min(total, _count × pageLimit) and says truncated exactly when more were left', async () => {
    const source = createStaticSource(hl7);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 10 }), async (count, pageLimit) => {
        const result = await source.search('MedicationRequest', { patient: 'pat1', _count: count }, { pageLimit });
        expect(result.total).toBe(40);
        expect(result.resources).toHaveLength(Math.min(40, count * pageLimit));
        expect(result.truncated).toBe(40 > count * pageLimit);
      }),
    );
  });
});
