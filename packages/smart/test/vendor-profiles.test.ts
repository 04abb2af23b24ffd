import { describe, expect, it } from 'vitest';
import {
  DIPS,
  EPIC,
  ORACLE_HEALTH,
  SMART_V2,
  checkDiscovery,
  createVendorRegistry,
  detectVendor,
  isDips,
  scopeDialectFor,
  type VendorProfile,
} from '../src/vendor-profiles.js';

const TENANT = 'ec2458f2-1e24-41c8-b71b-0e701af7583d';
const EPIC_ISS = 'https://helseplattformen.example.no/Interconnect-FHIR-PRD/api/FHIR/R4';
const ORACLE_ISS = `https://fhir-ehr-code.cerner.com/r4/${TENANT}`;
const V2_ISS = 'https://fhir.example.no/fhir';

const epicConfiguration = {
  issuer: 'https://helseplattformen.example.no/Interconnect-FHIR-PRD/oauth2',
  authorization_endpoint: 'https://helseplattformen.example.no/Interconnect-FHIR-PRD/oauth2/authorize',
  token_endpoint: 'https://helseplattformen.example.no/Interconnect-FHIR-PRD/oauth2/token',
  grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials'],
  scopes_supported: ['epic.scanning.dmsusername', 'fhirUser', 'launch', 'openid', 'profile'],
  code_challenge_methods_supported: ['S256'],
  capabilities: ['launch-ehr', 'context-banner', 'context-style', 'permission-v1', 'permission-v2', 'authorize-post'],
};

// Millennium's discovery document: tenant in every URL, v1 only, no PKCE advertised.
const oracleConfiguration = {
  authorization_endpoint: `https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize`,
  token_endpoint: `https://authorization.cerner.com/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/token`,
  grant_types_supported: ['authorization_code', 'refresh_token'],
  capabilities: ['launch-ehr', 'client-public', 'permission-online', 'permission-v1', 'context-banner'],
};

const v2Configuration = {
  issuer: V2_ISS,
  authorization_endpoint: 'https://fhir.example.no/auth/authorize',
  token_endpoint: 'https://fhir.example.no/auth/token',
  grant_types_supported: ['authorization_code', 'refresh_token'],
  code_challenge_methods_supported: ['S256'],
  capabilities: ['launch-ehr', 'permission-v1', 'permission-v2', 'context-passthrough-banner'],
};

describe('detectVendor', () => {
  it('knows Epic by its FHIR path, even with an old discovery document without PKCE', () => {
    expect(detectVendor(EPIC_ISS, epicConfiguration)).toBe(EPIC);
    expect(detectVendor(`${EPIC_ISS}/`, { capabilities: ['permission-v1'] })).toBe(EPIC);
    expect(detectVendor('http://127.0.0.1:4000/epic/api/FHIR/R4', {})).toBe(EPIC);
  });

  it('knows Epic by its OAuth endpoints behind a proxied FHIR base', () => {
    expect(detectVendor('https://fhir-proxy.example.no/hp', epicConfiguration)).toBe(EPIC);
  });

  it('knows Oracle Health by the tenant GUID or the authorize URL', () => {
    expect(detectVendor(ORACLE_ISS, {})).toBe(ORACLE_HEALTH);
    expect(detectVendor('https://fhir-proxy.example.no/oh', oracleConfiguration)).toBe(ORACLE_HEALTH);
    expect(
      detectVendor(`http://127.0.0.1:4000/oracle-health/r4/${TENANT}`, {
        authorization_endpoint: `http://127.0.0.1:4000/oracle-health/tenants/${TENANT}/protocols/oauth2/profiles/smart-v1/personas/provider/authorize`,
      }),
    ).toBe(ORACLE_HEALTH);
    // A v1-only server without PKCE is not thereby Oracle Health: it keeps PKCE (see scopeDialectFor).
    expect(detectVendor(V2_ISS, { capabilities: ['permission-v1'] })).toBe(SMART_V2);
  });

  it('asks a v1-only server for v1 scopes, whatever the profile', () => {
    expect(scopeDialectFor(SMART_V2, { capabilities: ['permission-v1'] })).toBe('v1');
    expect(scopeDialectFor(SMART_V2, { capabilities: ['permission-v1', 'permission-v2'] })).toBe('v2');
    expect(scopeDialectFor(SMART_V2, {})).toBe('v2');
    expect(scopeDialectFor(EPIC, epicConfiguration)).toBe('v1');
    expect(scopeDialectFor(SMART_V2, null)).toBe('v2');
  });

  it('falls back to SMART v2 for everything else, including garbage', () => {
    expect(detectVendor(V2_ISS, v2Configuration)).toBe(SMART_V2);
    for (const config of [null, 'x', 42, [], { capabilities: 'permission-v1' }]) {
      expect(detectVendor('not a url', config)).toBe(SMART_V2);
    }
  });

  it('gives each vendor its documented profile', () => {
    expect(EPIC).toMatchObject({
      pkce: 'required',
      scopeDialect: 'v1',
      refreshScope: 'offline',
      rotatesRefreshToken: true,
    });
    expect(ORACLE_HEALTH).toMatchObject({
      pkce: 'required',
      checksPkce: false,
      scopeDialect: 'v1',
      rotatesRefreshToken: false,
      storage: 'memory',
    });
    expect(SMART_V2).toMatchObject({ pkce: 'required', scopeDialect: 'v2', storage: 'session' });
  });
});

describe('createVendorRegistry', () => {
  const dips: VendorProfile = {
    name: 'dips-own',
    pkce: 'auto',
    scopeDialect: 'v2',
    refreshScope: 'online',
    rotatesRefreshToken: true,
    storage: 'session',
  };

  it('lets an app add a vendor that wins over the built-in ones', () => {
    const registry = createVendorRegistry();
    registry.registerVendor(dips, (iss) => iss.startsWith('https://api.dips.example/'));
    expect(registry.detectVendor('https://api.dips.example/fhir', v2Configuration)).toBe(dips);
    expect(registry.detectVendor(EPIC_ISS, epicConfiguration)).toBe(EPIC);
    registry.registerVendor({ ...dips, name: 'epic-v2' }, (iss) => iss === EPIC_ISS);
    expect(registry.detectVendor(EPIC_ISS, epicConfiguration).name).toBe('epic-v2');
  });

  it('keeps registries apart', () => {
    const one = createVendorRegistry();
    const two = createVendorRegistry();
    one.registerVendor(dips, () => true);
    expect(one.detectVendor(V2_ISS, v2Configuration)).toBe(dips);
    expect(two.detectVendor(V2_ISS, v2Configuration)).toBe(SMART_V2);
    expect(detectVendor(V2_ISS, v2Configuration)).toBe(SMART_V2);
  });

  it('finds profiles by name, the latest registration first', () => {
    const registry = createVendorRegistry();
    expect(registry.vendorNamed('epic')).toBe(EPIC);
    expect(registry.vendorNamed('oracle-health')).toBe(ORACLE_HEALTH);
    expect(registry.vendorNamed('smart-v2')).toBe(SMART_V2);
    expect(registry.vendorNamed('dips')).toBe(DIPS);
    expect(registry.vendorNamed('dips-own')).toBeUndefined();
    const ownEpic = { ...dips, name: 'epic' };
    registry.registerVendor(ownEpic, () => false);
    expect(registry.vendorNamed('epic')).toBe(ownEpic);
  });

  it('skips a matcher that throws', () => {
    const registry = createVendorRegistry();
    registry.registerVendor(dips, () => {
      throw new Error('bad matcher');
    });
    expect(registry.detectVendor(EPIC_ISS, epicConfiguration)).toBe(EPIC);
  });
});

describe('checkDiscovery', () => {
  it('finds nothing wrong with Epic’s and a SMART v2 server’s documents', () => {
    expect(checkDiscovery(epicConfiguration, EPIC)).toEqual([]);
    expect(checkDiscovery(v2Configuration)).toEqual([]);
  });

  it('accepts Oracle Health without advertised PKCE for its own profile, not for SMART v2', () => {
    expect(checkDiscovery(oracleConfiguration, ORACLE_HEALTH)).toEqual([]);
    expect(checkDiscovery(oracleConfiguration).map((problem) => [problem.code, problem.severity])).toEqual([
      ['no-s256', 'warning'],
    ]);
  });

  it('does not require S256 for an auto profile', () => {
    expect(checkDiscovery(oracleConfiguration, { ...SMART_V2, pkce: 'auto' })).toEqual([]);
  });

  it('reports plain, missing endpoints and missing capabilities', () => {
    const problems = checkDiscovery({ token_endpoint: '', code_challenge_methods_supported: ['plain'] });
    expect(problems.map((problem) => [problem.code, problem.severity])).toEqual([
      ['missing-token-endpoint', 'error'],
      ['missing-authorization-endpoint', 'error'],
      ['plain-pkce-advertised', 'warning'],
      ['no-s256', 'warning'],
      ['missing-capabilities', 'warning'],
    ]);
    expect(checkDiscovery({ ...v2Configuration, code_challenge_methods_supported: ['plain', 'S256'] })).toHaveLength(1);
  });

  it('reports a document that is not an object', () => {
    for (const input of [undefined, null, '<html>', [v2Configuration]]) {
      expect(checkDiscovery(input).map((problem) => problem.code)).toEqual(['not-an-object']);
    }
  });
});

describe('DIPS detection', () => {
  // The DIPS Federation Service's discovery, as DIPS publishes it at api.dips.no (trimmed).
  const federation = {
    issuer: 'https://api.dips.no/dips.oauth',
    authorization_endpoint: 'https://api.dips.no/dips.oauth/connect/authorize',
    token_endpoint: 'https://api.dips.no/dips.oauth/connect/token',
    grant_types_supported: ['authorization_code', 'refresh_token', 'urn:dips:federation:grant-type:user-role-change'],
    code_challenge_methods_supported: ['plain', 'S256'],
  };
  // A hospital trust's own host name: only the discovery's shape can tell.
  const trustIss = 'https://fhir.helse-nord.example/api/fhir';

  it.each<[string, string, unknown]>([
    ["on DIPS's own host", 'https://api.dips.no/fhir', {}],
    ['under /dips/, as the sandbox serves it', 'http://localhost:4010/dips/fhir', v2Configuration],
    ['by its federation service (issuer …/dips.oauth)', trustIss, { ...v2Configuration, issuer: federation.issuer }],
    [
      'by a token endpoint under …/dips.oauth/',
      trustIss,
      { ...v2Configuration, token_endpoint: 'https://sso.helse-nord.example/dips.oauth/connect/token' },
    ],
    [
      'by a grant type only DIPS has',
      trustIss,
      { ...v2Configuration, grant_types_supported: ['http://dips.no/identity/2016/assertion/userroles'] },
    ],
    ["by DIPS's published discovery", trustIss, federation],
  ])('recognises DIPS %s', (_how, iss, configuration) => {
    expect(isDips(iss, configuration)).toBe(true);
    expect(detectVendor(iss, configuration)).toBe(DIPS);
  });

  it.each<[string, string, unknown]>([
    ['a SMART v2 server', V2_ISS, v2Configuration],
    ['Epic', EPIC_ISS, epicConfiguration],
    ['a path that only contains the letters', 'https://fhir.example.no/dipsomething/fhir', v2Configuration],
    ['dips deeper in the path', 'https://fhir.example.no/fhir/dips', v2Configuration],
    ['a host that merely ends in dips.no', 'https://notdips.no/fhir', v2Configuration],
    ['an issuer named like it on a query', V2_ISS, { ...v2Configuration, issuer: 'https://x.example/?dips.oauth' }],
    ['garbage', 'not a url', { grant_types_supported: 'urn:dips:x', issuer: 42 }],
  ])('does not take %s for DIPS', (_what, iss, configuration) => {
    expect(isDips(iss, configuration)).toBe(false);
  });

  it('asks for v1 scopes and offline_access, with PKCE, and names the gateway header', () => {
    expect(DIPS).toMatchObject({
      name: 'dips',
      pkce: 'required',
      scopeDialect: 'v1',
      refreshScope: 'offline',
      subscriptionKeyHeader: 'Ocp-Apim-Subscription-Key',
    });
    expect(checkDiscovery(federation, DIPS).map((problem) => problem.code)).toEqual([
      'plain-pkce-advertised',
      'missing-capabilities',
    ]);
  });
});
