import { describe, expect, it } from 'vitest';
import { isAllowedIss, newState, normalizeIss } from '../src/launch-state.js';

describe('newState', () => {
  it('is base64url of at least 128 random bits', () => {
    const state = newState();
    expect(state).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(state.length * 6).toBeGreaterThanOrEqual(128);
  });

  it('does not repeat', () => {
    const states = new Set(Array.from({ length: 1000 }, () => newState()));
    expect(states.size).toBe(1000);
  });
});

describe('isAllowedIss', () => {
  const allowlist = [
    'https://ehr.example.no/fhir/',
    `https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d`,
    'http://127.0.0.1:4000/smart-v2/fhir',
  ];

  it.each([
    'https://ehr.example.no/fhir',
    'https://ehr.example.no/fhir/',
    'https://EHR.example.no/fhir',
    'https://ehr.example.no:443/fhir',
    'http://127.0.0.1:4000/smart-v2/fhir',
  ])('allows %s', (iss) => {
    expect(isAllowedIss(iss, allowlist)).toBe(true);
  });

  it.each([
    'https://ehr.example.no.evil.test/fhir',
    'https://ehr.example.no/fhir.evil',
    'https://ehr.example.no/fhir/evil',
    'https://ehr.example.no/FHIR',
    'https://ehr.example.no',
    'http://ehr.example.no/fhir',
    'https://ehr.example.no:8443/fhir',
    'https://evil.test@ehr.example.no/fhir',
    'https://ehr.example.no@evil.test/fhir',
    'https://ehr.example.no/fhir?x=1',
    'https://ehr.example.no/fhir#x',
    'https://evil.test/https://ehr.example.no/fhir',
    'javascript:alert(1)',
    'ehr.example.no/fhir',
    '',
  ])('refuses %s', (iss) => {
    expect(isAllowedIss(iss, allowlist)).toBe(false);
  });

  it('refuses everything with an empty or broken allowlist', () => {
    expect(isAllowedIss('https://ehr.example.no/fhir', [])).toBe(false);
    expect(isAllowedIss('https://ehr.example.no/fhir', ['not a url', ''])).toBe(false);
  });

  it('normalises dot segments before comparing', () => {
    expect(normalizeIss('https://ehr.example.no/other/../fhir/')).toBe('https://ehr.example.no/fhir');
    expect(isAllowedIss('https://ehr.example.no/fhir/../evil', allowlist)).toBe(false);
  });
});
