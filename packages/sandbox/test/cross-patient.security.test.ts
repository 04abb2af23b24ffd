// A token with patient/ scopes is for the launch patient's compartment. A search that names another
// patient used to answer 200 with what the compartment held of it (nothing, or the launch patient's
// own records), which an app reads as "this patient has nothing". It is refused with 403 and an
// OperationOutcome that says why, on every personality, however the patient is named.
import type { Bundle, OperationOutcome } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type PersonalityName, type Sandbox } from '../src/index.js';
import {
  authorizeRedirect,
  exchangeCode,
  fhirBase,
  fhirGet,
  gatewayHeaders,
  launchToken,
  REDIRECT_URI,
  testData,
  type TokenBody,
} from './helpers.js';

/** Epic grants the registration's scopes: this client is registered for patient/ scopes. */
const EPIC_PATIENT_APP = 'epic-patient-app';

let sandbox: Sandbox;
const tokens = new Map<PersonalityName, string>();
beforeAll(async () => {
  sandbox = await startSandbox({
    data: testData(),
    clients: [
      {
        id: EPIC_PATIENT_APP,
        redirectUris: [REDIRECT_URI],
        auth: { type: 'public' },
        epicScopes: ['patient/Patient.read', 'patient/Observation.read'],
      },
    ],
  });
  tokens.set('smart-v2', (await launchToken(sandbox, 'launch patient/*.rs', { personality: 'smart-v2' })).access_token);
  tokens.set('dips', (await launchToken(sandbox, 'launch patient/*.rs', { personality: 'dips' })).access_token);
  tokens.set(
    'oracle-health',
    (
      await launchToken(sandbox, 'launch patient/Patient.read patient/Observation.read', {
        personality: 'oracle-health',
      })
    ).access_token,
  );
  const { launch } = sandbox.createLaunch({ personality: 'epic', patient: 'kari' });
  const redirect = await authorizeRedirect(sandbox, {
    personality: 'epic',
    scope: 'launch patient/Observation.read',
    launch,
    clientId: EPIC_PATIENT_APP,
  });
  const epic = (await (
    await exchangeCode(sandbox, 'epic', redirect.searchParams.get('code') ?? '', { client_id: EPIC_PATIENT_APP })
  ).json()) as TokenBody;
  expect(String(epic.scope)).toContain('patient/Observation.read');
  tokens.set('epic', epic.access_token);
});
afterAll(() => sandbox.close());

const tokenOf = (personality: PersonalityName): string => tokens.get(personality) ?? '';
const matches = (bundle: Bundle): (string | undefined)[] =>
  (bundle.entry ?? []).filter((entry) => entry.search?.mode === 'match').map((entry) => entry.resource?.id);

function expectRefused(status: number, body: unknown): void {
  expect(status).toBe(403);
  const outcome = body as OperationOutcome;
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(outcome.issue[0]?.code).toBe('forbidden');
  expect(outcome.issue[0]?.diagnostics).toContain('Patient/ola');
  expect(outcome.issue[0]?.diagnostics).toContain('Patient/kari');
}

const PERSONALITIES = ['smart-v2', 'epic', 'oracle-health', 'dips'] as const;

describe.each(PERSONALITIES)('on %s, with a token for Patient/kari', (personality) => {
  it.each([
    'Observation?patient=ola',
    'Observation?patient=Patient/ola',
    'Observation?subject=Patient/ola',
    'Observation?subject:Patient=ola',
    'Observation?patient=kari,ola',
    'Observation?patient=kari&patient=ola',
    'Observation?date=ge2020&patient=Patient/ola&_count=5',
    'Patient?_id=ola',
  ])('refuses %s with 403 and the reason', async (query) => {
    const { status, body } = await fhirGet(sandbox, personality, query, tokenOf(personality));
    expectRefused(status, body);
  });

  it('refuses an absolute reference to the other patient', async () => {
    const query = `Observation?patient=${encodeURIComponent(`${fhirBase(sandbox, personality)}/Patient/ola`)}`;
    const { status, body } = await fhirGet(sandbox, personality, query, tokenOf(personality));
    expectRefused(status, body);
  });

  it('refuses the other patient in a POST _search and in a batch entry', async () => {
    const headers = { Authorization: `Bearer ${tokenOf(personality)}`, ...gatewayHeaders(sandbox, personality) };
    const posted = await fetch(`${fhirBase(sandbox, personality)}/Observation/_search`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'subject=Patient%2Fola',
    });
    expectRefused(posted.status, await posted.json());
    const batch = await fetch(fhirBase(sandbox, personality), {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          { request: { method: 'GET', url: 'Observation?patient=kari' } },
          { request: { method: 'GET', url: 'Observation?patient=ola' } },
        ],
      }),
    });
    const entries = ((await batch.json()) as Bundle).entry ?? [];
    expect(entries.map((entry) => entry.response?.status)).toEqual(['200 OK', '403 Forbidden']);
    expectRefused(403, entries[1]?.resource);
  });

  it('answers a search naming the launch patient, however it is named', async () => {
    for (const query of [
      'Observation?patient=kari',
      'Observation?patient=Patient/kari',
      'Observation?subject=Patient/kari',
      'Observation?patient=kari,kari',
    ]) {
      const { status, body } = await fhirGet(sandbox, personality, query, tokenOf(personality));
      expect(status, query).toBe(200);
      expect(matches(body)).toHaveLength(7);
    }
    const patient = await fhirGet(sandbox, personality, 'Patient?_id=kari', tokenOf(personality));
    expect(matches(patient.body)).toEqual(['kari']);
  });
});

describe('user/ scopes', () => {
  it('still search any patient', async () => {
    const { access_token } = await launchToken(sandbox, 'launch user/*.rs', { personality: 'smart-v2' });
    const { status, body } = await fhirGet(sandbox, 'smart-v2', 'Observation?patient=ola', access_token);
    expect(status).toBe(200);
    expect(matches(body)).toEqual(['ola-puls']);
  });
});
