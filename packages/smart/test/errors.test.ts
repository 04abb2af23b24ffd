import { LOCALES } from '@samspill/core/data.js';
import { describe, expect, it } from 'vitest';
import { SMART_ERROR_CODES, SmartError, isSmartError, messageFor, recoveryFor, redact } from '../src/errors.js';

const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiJwcmFjdGl0aW9uZXItMSIsImF1ZCI6InNhbXNwaWxsLWRldiJ9.c2lnbmF0dXJlLWJ5dGVz';

describe('redact', () => {
  it.each([
    ['Authorization: Bearer abc.DEF-123_~+/xyz==', 'Authorization: Bearer [redacted]'],
    [
      'POST body grant_type=authorization_code&code=Zm9vYmFy&redirect_uri=x',
      'POST body grant_type=authorization_code&code=[redacted]&redirect_uri=x',
    ],
    ['GET /index.html?code=abc123&state=s1', 'GET /index.html?code=[redacted]&state=s1'],
    ['access_token=opaque-123 refresh_token=r-9', 'access_token=[redacted] refresh_token=[redacted]'],
    ['{"access_token": "opaque", "expires_in": 570}', '{"access_token": "[redacted]", "expires_in": 570}'],
    ['{"refresh_token":"r","id_token":"i"}', '{"refresh_token":"[redacted]","id_token":"[redacted]"}'],
    [`id_token was ${JWT} (RS256)`, 'id_token was [redacted] (RS256)'],
    ['code_verifier=v&client_secret=s', 'code_verifier=[redacted]&client_secret=[redacted]'],
    ['grant_type=x&subject_token=opaque-1&resource=r', 'grant_type=x&subject_token=[redacted]&resource=r'],
  ])('%s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('leaves ordinary developer text alone', () => {
    const text =
      'Token endpoint https://authorization.cerner.com/tenants/t/token answered 400 invalid_grant (error_code=42)';
    expect(redact(text)).toBe(text);
  });
});

describe('SmartError', () => {
  it('has a stable code and a redacted detail and message', () => {
    const error = new SmartError('token-failed', `400 from token endpoint for code=abc; Bearer ${JWT}`, {
      status: 400,
    });
    expect(error).toBeInstanceOf(Error);
    expect(isSmartError(error)).toBe(true);
    expect(error.name).toBe('SmartError');
    expect(error.code).toBe('token-failed');
    expect(error.status).toBe(400);
    expect(error.detail).not.toContain('abc');
    expect(error.detail).not.toContain(JWT);
    expect(error.message).not.toContain(JWT);
    expect(error.message.startsWith('token-failed: ')).toBe(true);
  });

  it('keeps the cause', () => {
    const cause = new TypeError('fetch failed');
    expect(new SmartError('network', 'discovery', { cause }).cause).toBe(cause);
  });
});

describe('messageFor', () => {
  it('has a distinct sentence for every code in every locale', () => {
    for (const locale of LOCALES) {
      const sentences = SMART_ERROR_CODES.map((code) => messageFor(new SmartError(code, 'x'), locale));
      expect(new Set(sentences).size).toBe(SMART_ERROR_CODES.length);
      for (const sentence of sentences) expect(sentence).toMatch(/^\p{Lu}.*\.$/u);
    }
  });

  it('speaks bokmål, nynorsk and English', () => {
    const error = new SmartError('token-expired', 'expired at 08:00');
    expect(messageFor(error, 'nb')).toBe('Økten er utløpt. Start appen på nytt fra journalsystemet.');
    expect(messageFor(error, 'nn')).toBe('Økta er utløpt. Start appen på nytt frå journalsystemet.');
    expect(messageFor(error, 'en')).toBe('The session has expired. Start the app again from the health record.');
  });

  it('accepts a bare code and falls back for anything else', () => {
    expect(messageFor('forbidden', 'en')).toBe(
      'You do not have access to this information. Contact support if you need access.',
    );
    expect(messageFor(new Error('boom'), 'en')).toBe(
      'Something went wrong. Start the app again from the health record.',
    );
    expect(messageFor(undefined, 'nb')).toBe('Noe gikk galt. Start appen på nytt fra journalsystemet.');
  });
});

describe('recoveryFor', () => {
  // The step each sentence names, in each language: the action and the words must agree.
  const SAYS: Readonly<Record<string, RegExp>> = {
    retry: /prøv igjen|try again/i,
    relaunch: /start (appen|den|han|it|the app) (på nytt|again)/i,
    contact: /kontakt (brukerstøtte|brukarstøtte)|contact support/i,
  };

  it('names a next step for every code, and the sentence says the same step', () => {
    for (const code of [...SMART_ERROR_CODES, 'unknown'] as const) {
      const recovery = recoveryFor(code === 'unknown' ? new Error('x') : new SmartError(code, 'x'));
      for (const locale of LOCALES) expect(messageFor(code, locale), `${code} ${locale}`).toMatch(SAYS[recovery]!);
    }
  });

  it('offers a retry only where a second try may mend it', () => {
    expect(SMART_ERROR_CODES.filter((code) => recoveryFor(code) === 'retry')).toEqual([
      'discovery-failed',
      'network',
      'server-error',
      'dpop-nonce-exhausted',
      'national-unavailable',
    ]);
    expect(recoveryFor('state-mismatch')).toBe('relaunch');
    expect(recoveryFor(undefined)).toBe('relaunch');
  });
});
