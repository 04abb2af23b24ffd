// createSmartSource within the granted scopes, over a session whose FHIR server is scripted: what
// canRead answers, what the gate keeps back without a request, and how a granular grant narrows a search.
import type { Bundle, Observation, Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@samspill/core/data.js';
import { createSmartSource, launchContext, smartErrorOf, type SmartSession } from '../src/index.js';

const BASE = 'https://ehr.example.no/fhir';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const LAB = `category=${CATEGORY}|laboratory`;
const VITALS = `category=${CATEGORY}|vital-signs`;

const KARI: Resource = { resourceType: 'Patient', id: 'kari' };

function observation(id: string, ...categories: string[]): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { text: id },
    category: categories.map((code) => ({ coding: [{ system: CATEGORY, code }] })),
    subject: { reference: 'Patient/kari' },
  };
}

// `both` is in both categories: each narrowed search finds it.
const OBSERVATIONS = [
  observation('hb', 'laboratory'),
  observation('puls', 'vital-signs'),
  observation('both', 'laboratory', 'vital-signs'),
];

/** A searchset of the observations in every `category` asked for (FHIR ANDs a repeated parameter), Kari included. */
function observationSearch(url: URL): Bundle {
  const wanted = url.searchParams.getAll('category').map((value) => value.split('|')[1]);
  const matches = OBSERVATIONS.filter((resource) =>
    wanted.every((code) => resource.category?.some((category) => category.coding?.[0]?.code === code)),
  );
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    entry: [
      ...matches.map((resource) => ({ resource, search: { mode: 'match' as const } })),
      { resource: KARI, search: { mode: 'include' as const } },
    ],
  };
}

function defaultAnswer(url: URL): Response {
  const path = url.pathname.slice(new URL(BASE).pathname.length + 1);
  if (path === 'Observation') return Response.json(observationSearch(url));
  if (path.includes('/')) return Response.json({ resourceType: path.split('/')[0], id: path.split('/')[1] });
  return Response.json({ resourceType: 'Bundle', type: 'searchset', total: 0 });
}

/** A session granted `scope` whose server answers with `answer`; every request it makes is recorded. */
function scriptedSession(scope: unknown, answer: (url: URL) => Response = defaultAnswer) {
  const requests: URL[] = [];
  const session: SmartSession = {
    context: launchContext({ access_token: 'secret', token_type: 'Bearer', scope }, { fhirBase: BASE }),
    fhirBaseUrl: BASE,
    vendor: 'smart-v2',
    dpop: false,
    fetch: (input) => {
      const url = new URL(String(input), `${BASE}/`);
      requests.push(url);
      return Promise.resolve(answer(url));
    },
    refresh: () => Promise.resolve(),
    refreshFailure: undefined,
    dpopFailure: undefined,
    loadStyle: () => Promise.resolve({}),
    readStyle: () => Promise.resolve({ tokens: {}, refused: [] }),
    end: () => Promise.resolve(),
  };
  return { session, requests, source: createSmartSource(session, { batch: false }) };
}

const ids = (resources: readonly Resource[]): (string | undefined)[] => resources.map((resource) => resource.id);
const categories = (url: URL): string[] => url.searchParams.getAll('category');

describe('createSmartSource: canRead', () => {
  it('answers per type and interaction from the granted scopes, in every context', () => {
    const { source } = scriptedSession(
      'launch openid patient/Observation.rs patient/CarePlan.r patient/Condition.s user/Practitioner.read system/Encounter.*',
    );
    const answers = (type: string): [boolean | undefined, boolean | undefined, boolean | undefined] => [
      source.canRead?.(type),
      source.canRead?.(type, 'search'),
      source.canRead?.(type, 'read'),
    ];
    expect(answers('Observation')).toEqual([true, true, true]);
    expect(answers('CarePlan')).toEqual([false, false, true]);
    expect(answers('Condition')).toEqual([true, true, false]);
    expect(answers('Practitioner')).toEqual([true, true, true]);
    expect(answers('Encounter')).toEqual([true, true, true]);
    expect(answers('Immunization')).toEqual([false, false, false]);
  });

  it('honours wildcards, v1 and Epic’s mixed-case duplicates', () => {
    expect(scriptedSession('patient/*.read').source.canRead?.('Immunization', 'read')).toBe(true);
    expect(scriptedSession('user/*.cud').source.canRead?.('Immunization', 'read')).toBe(false);
    const epic = scriptedSession('user/Patient.read user/Patient.Read user/Observation.Write').source;
    expect(epic.canRead?.('Patient', 'read')).toBe(true);
    expect(epic.canRead?.('Patient', 'search')).toBe(true);
    expect(epic.canRead?.('Observation', 'read')).toBe(false);
  });

  it('leaves everything to the server when the token response lists no resource scopes', () => {
    for (const scope of ['launch openid fhirUser', '', undefined, 42, { scope: 'patient/*.read' }]) {
      const { source } = scriptedSession(scope);
      expect(source.canRead?.('Observation', 'search')).toBe(true);
      expect(source.canRead?.('Observation', 'read')).toBe(true);
    }
    // Resource scopes that do not parse grant nothing, but are reported, and the server judges.
    const { session, source } = scriptedSession('launch patient/Observation.xyz');
    expect(session.context.scopes.ignored).toEqual([{ scope: 'patient/Observation.xyz', reason: 'permissions' }]);
    expect(source.canRead?.('Observation')).toBe(true);
  });
});

describe('createSmartSource: the gate', () => {
  it('does not send a search the grants rule out, and answers not-granted', async () => {
    const { source, requests } = scriptedSession('patient/Observation.r patient/Condition.rs');
    const result = await source.search('Observation', { patient: 'kari' });
    expect(result).toEqual({
      resources: [],
      included: [],
      issues: [],
      failures: [expect.objectContaining({ kind: 'not-granted', resourceType: 'Observation' })],
      truncated: false,
    });
    expect(requests).toEqual([]);
    const failure = result.failures[0];
    expect(failure && smartErrorOf(failure).code).toBe('forbidden');
    await source.search('Condition', { patient: 'kari' });
    expect(requests.map((url) => url.pathname)).toEqual(['/fhir/Condition']);
  });

  it('does not send a read by reference the grants rule out, however the reference is written', async () => {
    const { source, requests } = scriptedSession('patient/Observation.s patient/Patient.r');
    const refused = [
      'Practitioner/1',
      `${BASE}/Practitioner/1`,
      'Practitioner/1/_history/2',
      { reference: 'Practitioner/1' },
      'Observation/hb',
    ];
    for (const reference of refused) {
      const read = await source.read(reference);
      expect(read.failure).toMatchObject({ kind: 'not-granted' });
    }
    // A resource at hand (`included`) is not shown either: canRead refuses it.
    const included = await source.read('Practitioner/1', { included: [{ resourceType: 'Practitioner', id: '1' }] });
    expect(included.failure?.kind).toBe('not-granted');
    expect(requests).toEqual([]);
    expect((await source.read('Patient/kari')).resource?.id).toBe('kari');
    expect(requests.map((url) => url.pathname)).toEqual(['/fhir/Patient/kari']);
  });

  it('leaves contained and unreadable references to the source', async () => {
    const { source, requests } = scriptedSession('patient/Observation.s');
    const container: Observation = {
      ...observation('hb', 'laboratory'),
      contained: [{ resourceType: 'Medication', id: 'med' }],
    };
    const contained = await source.read('#med', { container });
    expect(contained.resource?.id).toBe('med');
    expect((await source.read({ display: 'Dr. Lege' })).failure?.kind).toBe('not-found');
    expect(requests).toEqual([]);
  });
});

describe('createSmartSource: granular grants', () => {
  it('narrows the search into one request per granted query and merges the results', async () => {
    const { source, requests } = scriptedSession(`patient/Observation.rs?${LAB} patient/Observation.rs?${VITALS}`);
    const pages: SearchResult[] = [];
    const result = await source.search('Observation', { patient: 'kari' }, { onPage: (page) => pages.push(page) });
    expect(requests).toHaveLength(2);
    expect(requests.map((url) => [url.searchParams.get('patient'), categories(url)])).toEqual([
      ['kari', [`${CATEGORY}|laboratory`]],
      ['kari', [`${CATEGORY}|vital-signs`]],
    ]);
    // `both` matched each query: once in the result. Kari was included by each: once.
    expect(ids(result.resources)).toEqual(['hb', 'both', 'puls']);
    expect(ids(result.included)).toEqual(['kari']);
    expect(result.total).toBe(4);
    expect(result.failures).toEqual([]);
    expect(result.truncated).toBe(false);
    expect(pages.map((page) => ids(page.resources)).sort()).toEqual([
      ['hb', 'both'],
      ['puls', 'both'],
    ]);
  });

  it('adds the granted query to the caller’s own parameter of the same name (FHIR ANDs them)', async () => {
    const { source, requests } = scriptedSession(`patient/Observation.rs?${LAB}`);
    const result = await source.search('Observation', { patient: 'kari', category: `${CATEGORY}|vital-signs` });
    expect(requests.map(categories)).toEqual([[`${CATEGORY}|vital-signs`, `${CATEGORY}|laboratory`]]);
    expect(ids(result.resources)).toEqual(['both']);
    expect(result.total).toBe(1);
  });

  it('sends one search as asked when an unrestricted grant is there too', async () => {
    for (const scope of [
      `patient/Observation.rs?${LAB} user/Observation.rs`,
      `patient/Observation.rs?${LAB} patient/*.read`,
    ]) {
      const { source, requests } = scriptedSession(scope);
      const result = await source.search('Observation', { patient: 'kari' });
      expect(requests.map(categories)).toEqual([[]]);
      expect(ids(result.resources)).toEqual(['hb', 'puls', 'both']);
    }
  });

  it('keeps what loaded next to a narrowed search that failed, and says when one was cut short', async () => {
    const { source, requests } = scriptedSession(
      `patient/Observation.rs?${LAB} patient/Observation.rs?${VITALS}`,
      (url) => {
        if (categories(url)[0]?.endsWith('|laboratory'))
          return Response.json({ resourceType: 'OperationOutcome' }, { status: 403 });
        return Response.json({
          ...observationSearch(url),
          link: [{ relation: 'next', url: `${BASE}/Observation?page=2` }],
        });
      },
    );
    const result = await source.search('Observation', { patient: 'kari' }, { pageLimit: 1 });
    expect(requests).toHaveLength(2);
    expect(ids(result.resources)).toEqual(['puls', 'both']);
    expect(result.failures).toEqual([expect.objectContaining({ kind: 'forbidden', status: 403 })]);
    expect(result.truncated).toBe(true);
    // One search had no total: the sum would be wrong.
    expect(result.total).toBeUndefined();
  });
});
