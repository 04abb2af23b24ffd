// What ties an authorization redirect to the launch that started it: an unguessable `state`, which
// also keys the launch's storage (embedded EHR browsers can share one sessionStorage between app
// instances), and an exact `iss` allowlist.

const STATE_BYTES = 32;

/** RFC 4648 base64url without padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh OAuth `state`: 256 bits from the platform's CSPRNG, base64url (SMART requires ≥ 122 bits). */
export function newState(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(STATE_BYTES)));
}

/** The prefix of every key Samspill keeps in web storage. */
export const STORAGE_PREFIX = 'samspill-smart';

/**
 * `iss` as compared against the allowlist: scheme, lower-case host, port (none when the default),
 * path without a trailing slash. Undefined for what cannot be a FHIR base: not http(s), credentials,
 * a query or a fragment.
 */
export function normalizeIss(iss: string): string | undefined {
  let url: URL;
  try {
    url = new URL(iss.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return undefined;
  if (iss.includes('?') || iss.includes('#')) return undefined;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/** Whether `iss` is exactly one of `allowlist` once both are normalised: no prefix or suffix matching. */
export function isAllowedIss(iss: string, allowlist: readonly string[]): boolean {
  const wanted = normalizeIss(iss);
  if (wanted === undefined) return false;
  return allowlist.some((allowed) => normalizeIss(allowed) === wanted);
}
