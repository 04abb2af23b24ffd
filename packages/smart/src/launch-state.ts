// What ties an authorization redirect to the launch that started it: an unguessable `state`, a
// storage key per launch (embedded EHR browsers can share one sessionStorage between app instances),
// and an exact `iss` allowlist.

const STATE_BYTES = 32;

function base64url(bytes: Uint8Array): string {
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
 * The storage key of one launch's state: different for every `iss`, `launch` and client, so two apps,
 * tabs or iframes sharing a sessionStorage never read each other's. `launch` is absent in a standalone
 * launch. Each part is percent-encoded, so no two different inputs give the same key.
 */
export function launchKey(iss: string, launch: string | undefined, clientId: string): string {
  const base = normalizeIss(iss) ?? iss;
  const launchPart = launch === undefined ? 'standalone' : `launch=${encodeURIComponent(launch)}`;
  return `${STORAGE_PREFIX}:${encodeURIComponent(clientId)}:${encodeURIComponent(base)}:${launchPart}`;
}

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
