import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { launchContext } from '../src/launch-context.js';

const NOW = Date.UTC(2026, 10, 23, 8, 0, 0);
const EPIC_BASE = 'https://helseplattformen.example.no/Interconnect-FHIR-PRD/api/FHIR/R4';
const ORACLE_TENANT = 'ec2458f2-1e24-41c8-b71b-0e701af7583d';
const ORACLE_BASE = `https://fhir-ehr-code.cerner.com/r4/${ORACLE_TENANT}`;
const V2_BASE = 'http://127.0.0.1:4000/smart-v2/fhir';
const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJwcmFjdGl0aW9uZXItMSIsImF1ZCI6InNhbXNwaWxsLWRldiJ9.c2lnbmF0dXJlLWJ5dGVz';

// The shapes the local sandbox's personalities send (and Apotti's Epic response before them).
const epicResponse = {
  access_token: JWT,
  token_type: 'Bearer',
  expires_in: 3600,
  scope: 'launch openid fhirUser user/Patient.read user/Patient.Read user/MedicationRequest.Read',
  patient: 'eq081-VQEgP8drUUqCWzHfw3',
  need_patient_banner: 'false',
  smart_style_url: `${EPIC_BASE.replace('/FHIR/R4', '')}/epic/2016/EDI/HTTP/style/100016/I0YyRkFGOA.json`,
  '__epic.dstu2.patient': 'T45513132',
  deptID: '100016',
  loginDepartment: '100016',
  state: 'abc',
  id_token: JWT,
  refresh_token: 'epic-refresh-secret',
};

const oracleResponse = {
  access_token: JWT,
  token_type: 'Bearer',
  expires_in: 570,
  scope: 'launch openid fhirUser online_access patient/Patient.read patient/Observation.read',
  patient: '12724066',
  encounter: '97939518',
  need_patient_banner: true,
  smart_style_url: `${ORACLE_BASE}/smart-style.json`,
  tenant: ORACLE_TENANT,
  refresh_token: 'oracle-refresh-secret',
};

const v2Response = {
  access_token: 'opaque-access',
  token_type: 'Bearer',
  expires_in: 3600,
  scope: 'launch openid fhirUser patient/MedicationRequest.rs patient/CarePlan.rs',
  patient: 'pasient-kari',
  encounter: 'besok-1',
  intent: 'reconcile-medications',
  need_patient_banner: false,
  fhirContext: [
    { reference: 'CarePlan/plan-1' },
    { canonical: 'http://example.org/fhir/Questionnaire/phq-9|1.0', type: 'Questionnaire' },
    {
      identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '01017012345' },
      type: 'Patient',
      role: 'https://example.org/role/subject',
    },
    { type: 'Observation' },
    'Encounter/besok-1',
    42,
  ],
};

describe('launchContext', () => {
  it('reads Epic: string banner flag, absolute fhirUser, refresh without refresh scope, vendor extras', () => {
    const context = launchContext(epicResponse, {
      fhirBase: EPIC_BASE,
      idTokenClaims: { sub: 'x', fhirUser: `${EPIC_BASE}/Practitioner/eM5CWtq15N0WJeuCet5bJlQ3` },
      now: NOW,
    });
    expect(context.patient).toBe('eq081-VQEgP8drUUqCWzHfw3');
    expect(context.encounter).toBeUndefined();
    expect(context.needPatientBanner).toBe(false);
    expect(context.fhirUser).toEqual({
      resourceType: 'Practitioner',
      id: 'eM5CWtq15N0WJeuCet5bJlQ3',
      url: `${EPIC_BASE}/Practitioner/eM5CWtq15N0WJeuCet5bJlQ3`,
    });
    expect(context.refreshable).toBe(true);
    expect(context.scopes.hasRefreshScope).toBe(false);
    expect(context.expiresAt).toBe(NOW + 3_600_000);
    expect(context.extras).toEqual({
      '__epic.dstu2.patient': 'T45513132',
      deptID: '100016',
      loginDepartment: '100016',
    });
    expect(context.problems).toEqual([]);
  });

  it('reads Oracle Health: tenant, boolean banner flag, 570-second tokens', () => {
    const context = launchContext(oracleResponse, { fhirBase: ORACLE_BASE, now: NOW });
    expect(context.tenant).toBe(ORACLE_TENANT);
    expect(context.encounter).toBe('97939518');
    expect(context.needPatientBanner).toBe(true);
    expect(context.expiresAt).toBe(NOW + 570_000);
    expect(context.styleUrl).toBe(`${ORACLE_BASE}/smart-style.json`);
    expect(context.fhirUser).toBeUndefined();
  });

  it('reads SMART v2: relative fhirUser, intent, typed fhirContext with invalid entries reported', () => {
    const context = launchContext(v2Response, {
      fhirBase: V2_BASE,
      idTokenClaims: { fhirUser: 'Practitioner/lege-1' },
      now: NOW,
    });
    expect(context.fhirUser).toEqual({
      resourceType: 'Practitioner',
      id: 'lege-1',
      url: `${V2_BASE}/Practitioner/lege-1`,
    });
    expect(context.intent).toBe('reconcile-medications');
    expect(context.refreshable).toBe(false);
    expect(context.fhirContext).toEqual([
      { reference: 'CarePlan/plan-1' },
      { canonical: 'http://example.org/fhir/Questionnaire/phq-9|1.0', type: 'Questionnaire' },
      {
        identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.1', value: '01017012345' },
        type: 'Patient',
        role: 'https://example.org/role/subject',
      },
      { reference: 'Encounter/besok-1' },
    ]);
    expect(context.problems.map((problem) => problem.field)).toEqual(['fhirContext[3]', 'fhirContext[5]']);
  });

  it('never keeps a token, even in extras under a vendor name', () => {
    const context = launchContext(
      { ...epicResponse, epic_access_token: 'leak', client_secret: 'leak', code: 'leak' },
      { fhirBase: EPIC_BASE },
    );
    const serialised = JSON.stringify(context);
    expect(serialised).not.toContain(JWT);
    expect(serialised).not.toContain('refresh-secret');
    expect(serialised).not.toContain('leak');
  });

  it.each([
    ['false', false],
    ['FALSE', false],
    [false, false],
    ['true', true],
    [true, true],
    [undefined, true],
    [null, true],
  ])('need_patient_banner %j → %s', (value, expected) => {
    expect(launchContext({ need_patient_banner: value }, { fhirBase: V2_BASE }).needPatientBanner).toBe(expected);
  });

  it('shows the banner and reports a flag it cannot read', () => {
    const context = launchContext({ need_patient_banner: 'nei' }, { fhirBase: V2_BASE });
    expect(context.needPatientBanner).toBe(true);
    expect(context.problems).toEqual([{ field: 'need_patient_banner', reason: 'not true or false' }]);
  });

  it('takes fhirUser from the SMART v1 profile claim and drops _history', () => {
    const context = launchContext(
      {},
      {
        fhirBase: `${V2_BASE}/`,
        idTokenClaims: { profile: `${V2_BASE}/Practitioner/lege-1/_history/3` },
      },
    );
    expect(context.fhirUser).toEqual({
      resourceType: 'Practitioner',
      id: 'lege-1',
      url: `${V2_BASE}/Practitioner/lege-1`,
    });
  });

  it('strips a resource-type prefix from patient and encounter', () => {
    const context = launchContext({ patient: 'Patient/p1', encounter: 'Encounter/e1' }, { fhirBase: V2_BASE });
    expect([context.patient, context.encounter]).toEqual(['p1', 'e1']);
  });

  it('turns wrong types into undefined plus a problem, never a throw', () => {
    const context = launchContext(
      {
        patient: 123,
        encounter: 'has space',
        tenant: {},
        intent: '',
        smart_style_url: 'javascript:alert(1)',
        expires_in: 'soon',
        fhirContext: 'CarePlan/1',
        scope: 7,
        refresh_token: 5,
      },
      { fhirBase: V2_BASE, idTokenClaims: { fhirUser: 'javascript:alert(1)' }, now: NOW },
    );
    expect(context).toMatchObject({
      patient: undefined,
      encounter: undefined,
      tenant: undefined,
      intent: undefined,
      styleUrl: undefined,
      expiresAt: undefined,
      fhirUser: undefined,
      fhirContext: [],
      refreshable: false,
    });
    expect(context.scopes.list).toEqual([]);
    expect(context.problems.map((problem) => problem.field).sort()).toEqual(
      ['encounter', 'expires_in', 'fhirContext', 'fhirUser', 'intent', 'patient', 'smart_style_url', 'tenant'].sort(),
    );
  });

  it('reads the EHR’s language: ui_locales, locale, the id_token’s locale, then the launch URL’s lang', () => {
    const locale = (response: object, options: { idTokenClaims?: object; launchLang?: string } = {}) =>
      launchContext(response, { fhirBase: V2_BASE, ...options }).locale;
    expect(locale({ ui_locales: 'de-DE nn-NO en' })).toBe('nn');
    expect(locale({ locale: 'no' })).toBe('nb');
    expect(locale({ ui_locales: 'sv', locale: 'en-GB' })).toBe('en');
    expect(locale({}, { idTokenClaims: { locale: 'nn' }, launchLang: 'en' })).toBe('nn');
    expect(locale({}, { launchLang: 'en' })).toBe('en');
    expect(locale({ ui_locales: 42, locale: ['nn'] })).toBe(undefined);
    expect(locale({ ui_locales: 'se' }, { launchLang: 'fi' })).toBe(undefined);
    expect(launchContext({ ui_locales: 'nn', locale: 'nn' }, { fhirBase: V2_BASE }).extras).toEqual({});
  });

  it('accepts expires_in as a numeric string', () => {
    expect(launchContext({ expires_in: '570' }, { fhirBase: ORACLE_BASE, now: NOW }).expiresAt).toBe(NOW + 570_000);
  });

  it('reports a response that is not an object', () => {
    for (const input of [null, 'access_token=x', [epicResponse], 3]) {
      const context = launchContext(input, { fhirBase: V2_BASE });
      expect(context.problems[0]?.field).toBe('(response)');
      expect(context.patient).toBeUndefined();
    }
  });

  it('never throws on arbitrary input', () => {
    const shaped = fc.record(
      {
        patient: fc.anything(),
        encounter: fc.anything(),
        need_patient_banner: fc.anything(),
        fhirContext: fc.oneof(fc.anything(), fc.array(fc.anything())),
        expires_in: fc.anything(),
        scope: fc.anything(),
        smart_style_url: fc.anything(),
        refresh_token: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), shaped), fc.anything(), fc.string(), (response, claims, base) => {
        const context = launchContext(response, { fhirBase: base, idTokenClaims: claims, now: NOW });
        expect(typeof context.needPatientBanner).toBe('boolean');
        expect(typeof context.refreshable).toBe('boolean');
      }),
    );
  });
});

describe('the role the user chose (DIPS)', () => {
  const context = (tokenResponse: Record<string, unknown>, idTokenClaims?: Record<string, unknown>) =>
    launchContext(tokenResponse, {
      fhirBase: 'https://api.dips.example/fhir',
      ...(idTokenClaims && { idTokenClaims }),
    });

  it.each<[string, Record<string, unknown>, unknown]>([
    [
      'dips_role with units as the sandbox sends them',
      {
        dips_role: {
          id: 'sunniva-geriatri',
          organization: {
            name: 'St. Sunnivas hospital HF',
            identifier: { system: 'urn:oid:2.16.578.1.12.4.1.4.102', value: '4209990' },
          },
          department: { name: 'Geriatrisk avdeling', resh: '4209991', identifier: { value: '4209991' } },
        },
      },
      {
        id: 'sunniva-geriatri',
        organization: { id: '4209990', name: 'St. Sunnivas hospital HF' },
        department: { id: '4209991', name: 'Geriatrisk avdeling' },
      },
    ],
    [
      'a role object with ids and display names',
      { role: { organisation: { id: 974795787, display: 'Helse Nord' }, department: { id: 'KIR' } } },
      { organization: { id: '974795787', name: 'Helse Nord' }, department: { id: 'KIR' } },
    ],
    [
      'flat fields',
      { organization_id: '4209990', organization_name: 'St. Sunnivas hospital HF', department: 'Akuttmottaket' },
      { organization: { id: '4209990', name: 'St. Sunnivas hospital HF' }, department: { name: 'Akuttmottaket' } },
    ],
  ])('reads %s', (_shape, response, role) => {
    expect(context(response).role).toEqual(role);
  });

  it('falls back to the verified id_token, and is absent when neither says', () => {
    expect(context({}, { dips_role: { department: { name: 'Hjerteavdelingen' } } }).role).toEqual({
      department: { name: 'Hjerteavdelingen' },
    });
    expect(context({ role: 'Lege', organization: '', department: { id: null } })).not.toHaveProperty('role');
  });
});
