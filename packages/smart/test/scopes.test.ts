import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScopes, requestScopes } from '../src/scopes.js';

// Epic grants what the registration lists, in mixed case and with duplicates (Apotti's token response).
const EPIC_GRANTED = [
  'launch',
  'openid',
  'fhirUser',
  'user/Patient.read',
  'user/Patient.Read',
  'user/MedicationRequest.read',
  'user/MedicationRequest.Read',
  'user/Encounter.Read',
  'user/Encounter.read',
  'user/Observation.Write',
  'user/Observation.read',
].join(' ');

const ORACLE_GRANTED =
  'launch openid fhirUser online_access patient/Patient.read patient/Observation.read user/MedicationRequest.read';

const LAB = 'category=http://terminology.hl7.org/CodeSystem/observation-category|laboratory';
const V2_GRANULAR = `launch openid fhirUser offline_access patient/MedicationRequest.rs patient/Observation.rs?${LAB} patient/CarePlan.r`;

describe('parseScopes', () => {
  it.each([
    // SMART v1: .read and .* give read and search
    ['patient/Observation.read', true, true, 'v1'],
    ['user/Observation.*', true, true, 'v1'],
    ['system/Observation.read', true, true, 'v1'],
    ['patient/*.read', true, true, 'v1'],
    ['user/Observation.write', false, false, 'v1'],
    // SMART v2: the letters say which
    ['patient/Observation.rs', true, true, 'v2'],
    ['patient/Observation.r', true, false, 'v2'],
    ['patient/Observation.s', false, true, 'v2'],
    ['patient/*.cruds', true, true, 'v2'],
    ['user/*.rs', true, true, 'v2'],
    ['system/Observation.cud', false, false, 'v2'],
    ['Patient/Observation.RS', true, true, 'v2'],
  ] as const)('reads %s: read %s, search %s (%s)', (scope, read, search, dialect) => {
    const scopes = parseScopes(scope);
    expect(scopes.ignored).toEqual([]);
    expect(scopes.resources).toHaveLength(1);
    expect(scopes.resources[0]?.dialect).toBe(dialect);
    expect(scopes.can('Observation', 'read')).toBe(read);
    expect(scopes.can('Observation', 'search')).toBe(search);
    expect(scopes.can('Condition', 'read')).toBe(scope.includes('*.'));
  });

  it('reads Epic’s duplicated mixed-case v1 list once, case-insensitively', () => {
    const scopes = parseScopes(EPIC_GRANTED);
    expect(scopes.list).toEqual([
      'launch',
      'openid',
      'fhirUser',
      'user/Patient.read',
      'user/MedicationRequest.read',
      'user/Encounter.read',
      'user/Observation.write',
      'user/Observation.read',
    ]);
    expect(scopes.can('MedicationRequest', 'read')).toBe(true);
    expect(scopes.can('MedicationRequest', 'search')).toBe(true);
    expect(scopes.can('CarePlan', 'read')).toBe(false);
    expect(scopes.can('Patient', 'read', 'patient')).toBe(false);
    expect(scopes.can('Patient', 'read', 'user')).toBe(true);
    expect(scopes.hasRefreshScope).toBe(false);
    expect(scopes.launch && scopes.openid && scopes.fhirUser).toBe(true);
  });

  it('gives write without read no read access', () => {
    const scopes = parseScopes('user/Observation.Write');
    expect(scopes.can('Observation', 'read')).toBe(false);
    expect(scopes.resources[0]?.permissions).toEqual(new Set(['c', 'u', 'd']));
  });

  it('reads Oracle Health’s v1 grant with online_access', () => {
    const scopes = parseScopes(ORACLE_GRANTED);
    expect(scopes.hasRefreshScope).toBe(true);
    expect(scopes.onlineAccess).toBe(true);
    expect(scopes.offlineAccess).toBe(false);
    expect(scopes.can('Observation', 'search', 'patient')).toBe(true);
    expect(scopes.can('MedicationRequest', 'read', 'patient')).toBe(false);
    expect(scopes.resources.every((resource) => resource.dialect === 'v1')).toBe(true);
  });

  it('keeps v2 granular queries as restrictions', () => {
    const scopes = parseScopes(V2_GRANULAR);
    expect(scopes.can('Observation', 'search')).toBe(true);
    expect(scopes.restrictions('Observation', 'search')).toEqual([LAB]);
    expect(scopes.restrictions('MedicationRequest', 'search')).toEqual([]);
    expect(scopes.can('CarePlan', 'read')).toBe(true);
    expect(scopes.can('CarePlan', 'search')).toBe(false);
    expect(scopes.list).toContain(`patient/Observation.rs?${LAB}`);
    expect(scopes.offlineAccess).toBe(true);
  });

  it('keeps every granted query of a type, in any context', () => {
    const vitals = 'category=http://terminology.hl7.org/CodeSystem/observation-category|vital-signs';
    const scopes = parseScopes(
      `patient/Observation.rs?${LAB} user/Observation.rs?${vitals}&code=http://loinc.org|8867-4 patient/Observation.rs?${LAB}`,
    );
    expect(scopes.restrictions('Observation', 'search')).toEqual([LAB, `${vitals}&code=http://loinc.org|8867-4`]);
    expect(scopes.restrictions('Observation', 'search', 'patient')).toEqual([LAB]);
    expect(scopes.restrictions('Observation', 'read')).toHaveLength(2);
    expect(scopes.resources.every((resource) => resource.dialect === 'v2')).toBe(true);
  });

  it('lets an unrestricted grant lift a granular one', () => {
    const scopes = parseScopes(`patient/Observation.rs?${LAB} patient/Observation.rs`);
    expect(scopes.restrictions('Observation', 'search')).toEqual([]);
    // A wildcard lifts it as well, and an unrestricted read does not lift a restricted search.
    expect(parseScopes(`patient/Observation.rs?${LAB} user/*.rs`).restrictions('Observation', 'search')).toEqual([]);
    expect(
      parseScopes(`patient/Observation.rs?${LAB} patient/Observation.r`).restrictions('Observation', 'search'),
    ).toEqual([LAB]);
  });

  it('honours wildcards in every context', () => {
    expect(parseScopes('patient/*.read').can('Condition', 'search', 'patient')).toBe(true);
    expect(parseScopes('user/*.rs').can('Condition', 'read', 'user')).toBe(true);
    expect(parseScopes('system/*.*').can('Condition', 'read', 'system')).toBe(true);
    expect(parseScopes('user/*.cud').can('Condition', 'read')).toBe(false);
  });

  it('ignores what is not a scope it knows, without throwing', () => {
    const scopes = parseScopes(
      'patient/Observation.rsx patient/Observation.sr user/Observation patient/.read x/Y.read',
    );
    expect(scopes.resources).toEqual([]);
    expect(scopes.can('Observation', 'read')).toBe(false);
    expect(scopes.list).toHaveLength(5);
    // x/Y.read does not look like a resource scope: it is kept in the list, not reported.
    expect(scopes.ignored.map((ignored) => ignored.scope)).toEqual([
      'patient/Observation.rsx',
      'patient/Observation.sr',
      'user/Observation',
      'patient/.read',
    ]);
  });

  it.each([
    ['patient/Observation.xyz', 'permissions'],
    ['patient/Observation.sr', 'permissions'], // v2 letters out of order
    ['user/Observation.rr', 'permissions'],
    ['patient/Observation', 'permissions'],
    ['patient/Observation.', 'permissions'],
    ['patient/Observation.read.x', 'permissions'],
    ['patient/Observation.constructor', 'permissions'], // not a key of Object.prototype either
    ['patient/Observation.__proto__', 'permissions'],
    ['patient/.read', 'resource-type'],
    ['patient/', 'resource-type'],
    ['patient/Obs3rvation.read', 'resource-type'],
    ['system/Observation-x.rs', 'resource-type'],
    ['PATIENT/Obs*.rs', 'resource-type'],
    ['patient/*?.rs', 'permissions'],
    ['patient/Observation.read?category=laboratory', 'query'], // v1 has no granular queries
    ['patient/Observation.rs?category', 'query'],
    ['patient/Observation.rs?=laboratory', 'query'],
    ['patient/Observation.rs?category=', 'query'],
    ['patient/Observation.rs?category=laboratory&', 'query'],
    ['patient/Observation.rs?category=laboratory&&code=1', 'query'],
  ] as const)('ignores %s and reports it (%s)', (token, reason) => {
    const scopes = parseScopes(`launch ${token} patient/Condition.rs`);
    expect(scopes.ignored).toEqual([{ scope: token, reason }]);
    expect(scopes.resources.map((resource) => resource.scope)).toEqual(['patient/Condition.rs']);
    expect(scopes.can('Observation', 'read')).toBe(false);
    expect(scopes.can('Observation', 'search')).toBe(false);
    expect(scopes.has(token)).toBe(true);
  });

  it('reports an ignored scope once, as granted, and nothing for scopes that are not resource scopes', () => {
    const scopes = parseScopes(
      'patient/Observation.XYZ patient/observation.xyz launch/patient openid x/Y.read smart/orchestrate_launch',
    );
    expect(scopes.ignored).toEqual([{ scope: 'patient/Observation.XYZ', reason: 'permissions' }]);
    expect(parseScopes(EPIC_GRANTED).ignored).toEqual([]);
    expect(parseScopes(V2_GRANULAR).ignored).toEqual([]);
  });

  it('takes a query mark with no query as no restriction', () => {
    const scopes = parseScopes('patient/Observation.rs?');
    expect(scopes.ignored).toEqual([]);
    expect(scopes.list).toEqual(['patient/Observation.rs']);
    expect(scopes.resources[0]?.query).toBeUndefined();
    expect(scopes.restrictions('Observation', 'search')).toEqual([]);
    expect(parseScopes('patient/Observation.rs? patient/Observation.rs').list).toHaveLength(1);
  });

  it('splits on any whitespace and copes with very long input', () => {
    const scopes = parseScopes('\t launch\n\npatient/Observation.rs\r\n   user/Condition.read\u00a0openid\f\v');
    expect(scopes.list).toEqual(['launch', 'patient/Observation.rs', 'user/Condition.read', 'openid']);
    const long = `patient/${'Observation'.repeat(20_000)}.rs?${'category=laboratory&'.repeat(5_000)}code=1`;
    const many = Array.from(
      { length: 5_000 },
      (_, index) => `patient/Type${String.fromCharCode(65 + (index % 26))}.rs`,
    );
    const huge = parseScopes(`${' '.repeat(100_000)}${long} ${'patient/'.repeat(50_000)} ${many.join('\t')}`);
    expect(huge.resources[0]?.query).toMatch(/^category=laboratory&/);
    expect(huge.ignored).toEqual([{ scope: 'patient/'.repeat(50_000), reason: 'resource-type' }]);
    // The 5 000 tab-separated scopes are 26 types, each once.
    expect(huge.resources).toHaveLength(27);
    expect(huge.list).toHaveLength(28);
  });

  it('grants nothing for missing or wrongly typed input', () => {
    const inputs: unknown[] = [
      undefined,
      null,
      42,
      Number.NaN,
      true,
      ['launch'],
      { scope: 'launch' },
      { toString: () => 'patient/*.rs' },
      Symbol('patient/*.rs'),
      () => 'patient/*.rs',
      '',
      '   \t\n',
    ];
    for (const input of inputs) {
      const scopes = parseScopes(input);
      expect(scopes.list).toEqual([]);
      expect(scopes.resources).toEqual([]);
      expect(scopes.ignored).toEqual([]);
      expect(scopes.launch).toBe(false);
      expect(scopes.can('Observation', 'read')).toBe(false);
    }
  });

  it('normalises special scopes and answers has() case-insensitively', () => {
    const scopes = parseScopes('FHIRUSER OpenID Launch/Patient OFFLINE_ACCESS');
    expect(scopes.list).toEqual(['fhirUser', 'openid', 'launch/patient', 'offline_access']);
    expect(scopes.has('fhiruser')).toBe(true);
    expect(scopes.launchPatient).toBe(true);
    expect(scopes.launch).toBe(false);
  });

  it('never throws on arbitrary input', () => {
    const token = fc.oneof(
      fc.string(),
      fc.constantFrom(
        ...['patient/', 'User/', 'system/', '*', '.read', '.rs', '.sr', '.cruds', '.*', '.constructor', '.'],
        ...['?', '=', '&', '|', 'Observation', 'category', ' ', '\t', '\n', '\u00a0', '__proto__'],
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(token).map((parts) => parts.join('')),
        ),
        (input) => {
          const scopes = parseScopes(input);
          scopes.can('Observation', 'read');
          scopes.restrictions('Observation', 'search');
          scopes.has('patient/Observation.rs');
          expect(new Set(scopes.list.map((scope) => scope.toLowerCase())).size).toBe(scopes.list.length);
          // What is ignored looked like a resource scope, and grants nothing.
          for (const { scope } of scopes.ignored) expect(scope).toMatch(/^(patient|user|system)\//i);
          expect(scopes.resources.length + scopes.ignored.length).toBeLessThanOrEqual(scopes.list.length);
        },
      ),
    );
  });
});

describe('requestScopes', () => {
  it('builds a v2 EHR-launch request with online access by default', () => {
    expect(requestScopes(['MedicationRequest', 'CarePlan', 'MedicationRequest'], 'v2')).toBe(
      'launch openid fhirUser patient/MedicationRequest.rs patient/CarePlan.rs online_access',
    );
  });

  it('builds a v1 request for Epic and Oracle Health with the options', () => {
    expect(
      requestScopes(['Observation'], 'v1', {
        refresh: 'offline',
        launch: 'standalone',
        context: 'user',
        encounter: true,
      }),
    ).toBe('launch/patient launch/encounter openid fhirUser user/Observation.read offline_access');
    expect(requestScopes([], 'v1', { refresh: 'none' })).toBe('launch openid fhirUser');
  });

  it('rejects strings that are not resource types', () => {
    expect(() => requestScopes(['Observation.read'], 'v2')).toThrow(TypeError);
    expect(() => requestScopes(['*'], 'v2')).toThrow(/\*/);
  });

  it('round-trips: what it requests, parseScopes grants', () => {
    const scopes = parseScopes(requestScopes(['Observation', 'Condition'], 'v2'));
    expect(scopes.can('Condition', 'search', 'patient')).toBe(true);
    expect(scopes.hasRefreshScope).toBe(true);
  });
});
