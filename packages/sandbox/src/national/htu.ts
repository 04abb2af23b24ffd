// RFC 9449 §4.3: a proof's `htu` names the request's URI without query and fragment, compared after
// RFC 3986 §6.2.2–6.2.3 normalisation, so `HTTP://127.0.0.1:80/a/%7e` and `http://127.0.0.1/a/~`
// are one target. WHATWG's URL parser already lowers scheme and host, drops the default port and
// resolves dot segments; what it leaves is the case of percent-encodings and unreserved characters
// written encoded.

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/** The URI a proof may name for this target, or undefined when `text` is no http(s) URL. */
export function normalisedHtu(text: string): string | undefined {
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // Credentials in a target are no part of what a proof may sign (and would be a password in a claim).
  if (url.username !== '' || url.password !== '') return undefined;
  const path = url.pathname.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const character = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(character) ? character : `%${hex.toUpperCase()}`;
  });
  return `${url.protocol}//${url.host}${path}`;
}
