import type { Bundle, CapabilityStatement, Encounter, OperationOutcome } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from '../src/index.js';
import { fhirBase, fhirGet, launchToken, testData } from './helpers.js';

let sandbox: Sandbox;
let clock = Date.parse('2026-11-23T08:00:00Z');
let userToken: string;
let patientToken: string;

beforeAll(async () => {
  sandbox = await startSandbox({ data: testData(), now: () => clock });
  userToken = (await launchToken(sandbox, 'launch user/*.rs', { personality: 'smart-v2' })).access_token;
  patientToken = (
    await launchToken(sandbox, 'launch patient/Observation.rs patient/Patient.rs patient/Medication.rs', {
      personality: 'smart-v2',
    })
  ).access_token;
});
afterAll(() => sandbox.close());

const ids = (bundle: Bundle, mode = 'match') =>
  (bundle.entry ?? []).filter((entry) => entry.search?.mode === mode).map((entry) => entry.resource?.id);

describe('FHIR: reads and search', () => {
  it('serves a CapabilityStatement without a token, listing types and core-supported parameters', async () => {
    const { status, body, response } = await fhirGet(sandbox, 'epic', 'metadata');
    expect(status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const statement = body as unknown as CapabilityStatement;
    const observation = statement.rest?.[0]?.resource?.find((resource) => resource.type === 'Observation');
    expect(observation?.searchParam?.map((param) => param.name)).toEqual(
      expect.arrayContaining(['patient', 'date', 'code', '_id']),
    );
    expect(observation?.searchParam?.map((param) => param.name)).not.toContain('authoredon');
    expect(statement.rest?.[0]?.resource?.map((resource) => resource.type)).toContain('MedicationRequest');
  });

  it('reads a resource, and answers 404 with an OperationOutcome for a missing one', async () => {
    const found = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', userToken);
    expect(found.status).toBe(200);
    expect(found.body.id).toBe('kari');
    const missing = await fhirGet(sandbox, 'smart-v2', 'Patient/ingen', userToken);
    expect(missing.status).toBe(404);
    expect(missing.body.resourceType).toBe('OperationOutcome');
    expect(missing.response.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
  });

  it('searches with dates and prefixes through core', async () => {
    const { body } = await fhirGet(
      sandbox,
      'smart-v2',
      'Observation?patient=kari&date=ge2022-01-01&date=lt2024-06-01',
      userToken,
    );
    expect(body.type).toBe('searchset');
    expect(ids(body).sort()).toEqual(['puls-2022', 'puls-2023', 'puls-2024a']);
    expect(body.total).toBe(3);
    const year = await fhirGet(sandbox, 'smart-v2', 'Observation?date=2024', userToken);
    expect(ids(year.body).sort()).toEqual(['ola-puls', 'puls-2024a', 'puls-2024b']);
  });

  it('adds includes as search mode include, with absolute fullUrls', async () => {
    const { body } = await fhirGet(
      sandbox,
      'smart-v2',
      'MedicationRequest?patient=Patient/kari&_include=MedicationRequest:medication',
      userToken,
    );
    expect(ids(body)).toEqual(['resept-1']);
    expect(ids(body, 'include')).toEqual(['paracet']);
    expect(body.entry?.[1]?.fullUrl).toBe(`${fhirBase(sandbox, 'smart-v2')}/Medication/paracet`);
  });

  it('pages with _count and next links, includes only for each page', async () => {
    let url: string | undefined =
      `${fhirBase(sandbox, 'smart-v2')}/Observation?patient=kari&_sort=date&_count=3&_include=Observation:subject`;
    const pages: (string | undefined)[][] = [];
    while (url !== undefined) {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${userToken}` } });
      const bundle = (await response.json()) as Bundle;
      expect(bundle.total).toBe(7);
      expect(ids(bundle, 'include')).toEqual(['kari']);
      pages.push(ids(bundle));
      url = bundle.link?.find((link) => link.relation === 'next')?.url;
    }
    expect(pages).toEqual([
      ['puls-2020', 'puls-2021', 'puls-2022'],
      ['puls-2023', 'puls-2024a', 'puls-2024b'],
      ['puls-2025'],
    ]);
  });

  it('pages at 50 by default', async () => {
    const { body } = await fhirGet(sandbox, 'smart-v2', 'Observation', userToken);
    expect(body.link?.[0]?.url).toContain('_count=50');
    expect(body.link?.some((link) => link.relation === 'next')).toBe(false);
  });

  it('takes _count up to 1000 and pages a larger one at 1000', async () => {
    const pageOf = async (count: number) =>
      (await fhirGet(sandbox, 'smart-v2', `Observation?_count=${count}`, userToken)).body.link?.[0]?.url;
    expect(await pageOf(1000)).toContain('_count=1000');
    expect(await pageOf(5000)).toContain('_count=1000');
  });

  it('holds a search under patient/ scopes to the compartment, whatever else it filters by', async () => {
    const { body } = await fhirGet(sandbox, 'smart-v2', 'Observation?date=ge2024-02-01', patientToken);
    expect(ids(body)).toEqual(['puls-2024b', 'puls-2025']);
    expect(body.total).toBe(2);
  });

  it('searches by POST Type/_search with a form body', async () => {
    const response = await fetch(`${fhirBase(sandbox, 'smart-v2')}/Observation/_search`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${userToken}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'patient=ola',
    });
    expect(ids((await response.json()) as Bundle)).toEqual(['ola-puls']);
  });

  it('refuses an unsupported parameter with 400 rather than ignore it', async () => {
    const { status, body } = await fhirGet(sandbox, 'smart-v2', 'Observation?flavour=sweet', userToken);
    expect(status).toBe(400);
    expect((body as unknown as OperationOutcome).issue[0]?.diagnostics).toMatch(/flavour/);
  });

  it('answers a batch of GETs with a batch-response', async () => {
    const response = await fetch(fhirBase(sandbox, 'smart-v2'), {
      method: 'POST',
      headers: { Authorization: `Bearer ${userToken}`, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          { request: { method: 'GET', url: 'Patient/kari' } },
          { request: { method: 'GET', url: 'Observation?patient=ola' } },
          { request: { method: 'GET', url: 'Patient/ingen' } },
          { request: { method: 'DELETE', url: 'Patient/kari' } },
        ],
      }),
    });
    const bundle = (await response.json()) as Bundle;
    expect(bundle.type).toBe('batch-response');
    expect(bundle.entry?.map((entry) => entry.response?.status)).toEqual([
      '200 OK',
      '200 OK',
      '404 Not Found',
      '405 Method Not Allowed',
    ]);
    expect((bundle.entry?.[1]?.resource as Bundle).total).toBe(1);
  });
});

describe('FHIR: the bearer token and scopes', () => {
  it('answers 401 with WWW-Authenticate without a token or with an unknown one', async () => {
    for (const token of [undefined, 'ukjent']) {
      const { status, body, response } = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', token);
      expect(status).toBe(401);
      expect(body.resourceType).toBe('OperationOutcome');
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('answers 401 once the token has expired', async () => {
    const token = (await launchToken(sandbox, 'launch user/*.rs', { personality: 'epic' })).access_token;
    expect((await fhirGet(sandbox, 'epic', 'Patient/kari', token)).status).toBe(200);
    clock += 3600_000;
    const expired = await fhirGet(sandbox, 'epic', 'Patient/kari', token);
    expect(expired.status).toBe(401);
    expect(expired.response.headers.get('www-authenticate')).toMatch(/invalid_token/);
    clock -= 3600_000;
  });

  it('answers 401 for a token of another personality', async () => {
    expect((await fhirGet(sandbox, 'epic', 'Patient/kari', userToken)).status).toBe(401);
  });

  it('answers 403 for a type the scopes do not cover, v1 and v2 alike, case-insensitively', async () => {
    expect((await fhirGet(sandbox, 'smart-v2', 'Condition?patient=kari', patientToken)).status).toBe(403);
    const v1 = (await launchToken(sandbox, 'launch user/observation.READ', { personality: 'smart-v2' })).access_token;
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation?patient=kari', v1)).status).toBe(200);
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', v1)).status).toBe(403);
    const readOnly = (await launchToken(sandbox, 'launch user/Patient.r', { personality: 'smart-v2' })).access_token;
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/kari', readOnly)).status).toBe(200);
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient?_id=kari', readOnly)).status).toBe(403);
  });

  it('keeps patient/ scopes inside the launch patient compartment', async () => {
    // Naming another patient is refused rather than answered from the compartment (cross-patient.security.test.ts).
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation?patient=ola', patientToken)).status).toBe(403);
    expect(ids((await fhirGet(sandbox, 'smart-v2', 'Observation', patientToken)).body)).toHaveLength(7);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/ola-puls', patientToken)).status).toBe(403);
    expect((await fhirGet(sandbox, 'smart-v2', 'Observation/puls-2020', patientToken)).status).toBe(200);
    expect((await fhirGet(sandbox, 'smart-v2', 'Patient/ola', patientToken)).status).toBe(403);
    expect(ids((await fhirGet(sandbox, 'smart-v2', 'Patient', patientToken)).body)).toEqual(['kari']);
    expect((await fhirGet(sandbox, 'smart-v2', 'Medication/paracet', patientToken)).status).toBe(200);
  });

  it('leaves out included resources the scopes would not let the app read', async () => {
    const query = 'Observation?_id=puls-2020&_include=Observation:subject&_include=Observation:performer';
    expect(ids((await fhirGet(sandbox, 'smart-v2', query, userToken)).body, 'include').sort()).toEqual([
      'kari',
      'lege-1',
    ]);
    expect(ids((await fhirGet(sandbox, 'smart-v2', query, patientToken)).body, 'include')).toEqual(['kari']);
  });

  it('allows FHIR calls from localhost origins only', async () => {
    const response = await fetch(`${fhirBase(sandbox, 'smart-v2')}/Patient/kari`, {
      headers: { Authorization: `Bearer ${userToken}`, Origin: 'http://127.0.0.1:8080' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
  });
});

describe('the default data', () => {
  let defaults: Sandbox;
  let token: string;
  beforeAll(async () => {
    defaults = await startSandbox();
    token = (
      await launchToken(defaults, 'launch patient/*.rs', { personality: 'smart-v2', patient: 'pasient-ragnhild' })
    ).access_token;
  });
  afterAll(() => defaults.close());

  it('serves the synthetic Norwegian population first, and the public example sets too', async () => {
    const ragnhild = await fhirGet(defaults, 'smart-v2', 'Patient/pasient-ragnhild', token);
    expect(ragnhild.status).toBe(200);
    const userToken = (
      await launchToken(defaults, 'launch user/*.rs', {
        personality: 'smart-v2',
        patient: 'example',
        practitioner: 'example',
      })
    ).access_token;
    expect((await fhirGet(defaults, 'smart-v2', 'Patient/example', userToken)).body.resourceType).toBe('Patient');
  });

  it('searches the synthetic record with a date prefix, an include, and pages that add up', async () => {
    const query = 'Encounter?date=ge2024-01-01&_sort=-date&_count=20&_include=Encounter:service-provider';
    const first = await fhirGet(defaults, 'smart-v2', query, token);
    expect(first.status).toBe(200);
    const total = first.body.total ?? 0;
    expect(total).toBeGreaterThan(20);

    const seen: string[] = [];
    let page: Bundle | undefined = first.body;
    while (page) {
      for (const entry of page.entry ?? []) {
        if (entry.search?.mode === 'match') {
          const encounter = entry.resource as Encounter;
          expect(encounter.subject?.reference).toBe('Patient/pasient-ragnhild');
          expect((encounter.period?.end ?? encounter.period?.start ?? '') >= '2024-01-01').toBe(true);
          seen.push(encounter.id ?? '');
        }
      }
      const next: string | undefined = page.link?.find((link) => link.relation === 'next')?.url;
      page = next
        ? ((await (await fetch(next, { headers: { Authorization: `Bearer ${token}` } })).json()) as Bundle)
        : undefined;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const includes = first.body.entry?.filter((entry) => entry.search?.mode === 'include') ?? [];
    expect(includes.every((entry) => entry.resource?.resourceType === 'Organization')).toBe(true);
    expect(includes.length).toBeGreaterThan(0);
  });
});
