// Tokens and patient data travel only over TLS. Plain http is allowed to this machine's loopback
// interface (the sandbox, a developer's own server), nowhere else, and is refused before any request.
import './shipped-fhirclient.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFhirHttpSource, launch } from '../src/index.js';
import { isSecureEndpoint } from '../src/secure-endpoint.js';
import { fakePage } from './fake-page.js';
import { APP, rejection } from './sandbox-launch.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A SMART server at `iss` whose discovery names `endpoints`; every request is recorded. */
function discoveryServer(endpoints: Record<string, string>): string[] {
  const requests: string[] = [];
  vi.spyOn(globalThis, 'fetch').mockImplementation((input) => {
    requests.push(input instanceof Request ? input.url : String(input));
    const config = { capabilities: ['launch-ehr'], code_challenge_methods_supported: ['S256'], ...endpoints };
    return Promise.resolve(Response.json(config));
  });
  return requests;
}

async function launchFrom(iss: string) {
  const page = fakePage(`${APP}launch.html?iss=${encodeURIComponent(iss)}&launch=abc`);
  const error = await rejection(
    launch({ clientId: 'app', redirectUri: 'index.html', issAllowlist: [iss], environment: page }),
  );
  return { error, page };
}

describe('isSecureEndpoint', () => {
  it.each([
    'https://fhir.example.no/r4',
    'http://localhost:4000/fhir',
    'http://app.localhost/fhir',
    'http://127.0.0.1:4000/fhir',
    'http://127.8.9.10/fhir',
    'http://[::1]:4000/fhir',
  ])('allows %s', (url) => {
    expect(isSecureEndpoint(url)).toBe(true);
  });

  it.each([
    'http://fhir.example.no/r4',
    'http://10.0.0.5/fhir',
    'http://192.168.1.20:4000/fhir',
    'http://[::ffff:10.0.0.5]/fhir',
    'http://localhost.example.no/fhir',
    'http://127.0.0.1.example.no/fhir',
    'ftp://fhir.example.no/r4',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSecureEndpoint(url)).toBe(false);
  });
});

describe('launch()', () => {
  it('refuses an allowlisted FHIR server over plain http before any request', async () => {
    const requests = discoveryServer({});
    const { error, page } = await launchFrom('http://fhir.example.no/r4');
    expect(error.code).toBe('insecure-endpoint');
    expect(requests).toEqual([]);
    expect(page.navigations).toEqual([]);
  });

  it.each(['token_endpoint', 'authorization_endpoint', 'jwks_uri'])(
    'refuses a discovery document whose %s is plain http',
    async (field) => {
      const secure = {
        authorization_endpoint: 'https://auth.example.no/authorize',
        token_endpoint: 'https://auth.example.no/token',
        jwks_uri: 'https://auth.example.no/jwks',
        issuer: 'https://auth.example.no',
      };
      discoveryServer({ ...secure, [field]: 'http://auth.example.no/x' });
      const { error, page } = await launchFrom('https://fhir.example.no/r4');
      expect(error.code).toBe('insecure-endpoint');
      expect(error.detail).toContain('http://auth.example.no/x');
      expect(page.navigations).toEqual([]);
      expect(page.storage.length).toBe(0);
    },
  );
});

describe('createFhirHttpSource', () => {
  it('refuses a plain-http base that is not loopback, and takes https and loopback', () => {
    expect(() => createFhirHttpSource({ baseUrl: 'http://fhir.example.no/r4', accessToken: () => 't' })).toThrow(
      expect.objectContaining({ code: 'insecure-endpoint' }),
    );
    expect(() => createFhirHttpSource({ baseUrl: 'https://fhir.example.no/r4' })).not.toThrow();
    expect(() => createFhirHttpSource({ baseUrl: 'http://127.0.0.1:4000/fhir' })).not.toThrow();
  });
});
