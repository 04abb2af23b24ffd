// The request line's target as a URL on the sandbox's own origin. Only origin-form (`/path?query`) and
// absolute-form (`http://host/path`, whose path and query are taken) name something here; `*`, an
// authority or text that is no URL is refused before any handler sees it, as is percent-encoding
// that does not decode (`/%zz`, `?code=%FF`): reading it leniently would search for something else
// than the client meant.
import { percentDecodable } from './percent-encoding.js';

/** The URL the target names, or undefined when it names nothing on this server. */
export function requestUrl(target: string | undefined, origin: string): URL | undefined {
  if (target === undefined) return undefined;
  // `origin + target`, not `new URL(target, origin)`: a target `//evil.example/x` is a path here.
  if (target.startsWith('/')) return URL.canParse(origin + target) ? new URL(origin + target) : undefined;
  if (!/^https?:\/\//i.test(target) || !URL.canParse(target)) return undefined;
  const absolute = new URL(target);
  return new URL(origin + absolute.pathname + absolute.search);
}

/** Whether the target's path and query decode: what the handlers will read from it. */
export function targetDecodable(url: URL): boolean {
  return percentDecodable(url.pathname) && percentDecodable(url.search.slice(1));
}
