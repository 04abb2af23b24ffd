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

  it('lets an unrestricted grant lift a granular one', () => {
    const scopes = parseScopes(`patient/Observation.rs?${LAB} patient/Observation.rs`);
    expect(scopes.restrictions('Observation', 'search')).toEqual([]);
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
  });

  it('grants nothing for missing or wrongly typed input', () => {
    for (const input of [undefined, null, 42, ['launch'], { scope: 'launch' }, '', '   ']) {
      const scopes = parseScopes(input);
      expect(scopes.list).toEqual([]);
      expect(scopes.launch).toBe(false);
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
      fc.constantFrom('patient/', 'user/', 'system/', '*', '.read', '.rs', '?', '=', '|', 'Observation', ' '),
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
          expect(new Set(scopes.list.map((scope) => scope.toLowerCase())).size).toBe(scopes.list.length);
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
