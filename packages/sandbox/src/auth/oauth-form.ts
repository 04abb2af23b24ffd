// The body of a token or introspection request as RFC 6749 §3.2 and RFC 7662 §2.1 have it: a form
// POST, each parameter at most once, percent-encoded UTF-8. A JSON body is refused rather than read,
// as a real server does.
import type { Request } from '../http.js';
import { percentDecodable } from '../percent-encoding.js';

export function oauthForm(request: Request): { readonly form: URLSearchParams } | { readonly problem: string } {
  if (request.method !== 'POST') return { problem: 'This endpoint takes a form POST.' };
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    return { problem: `The body must be application/x-www-form-urlencoded, not '${type ?? ''}'.` };
  if (!percentDecodable(request.body)) return { problem: 'The form body has percent-encoding that does not decode.' };
  const form = new URLSearchParams(request.body);
  const names = [...form.keys()];
  const repeated = names.find((name, index) => names.indexOf(name) !== index);
  if (repeated !== undefined) return { problem: `The parameter '${repeated}' is given more than once.` };
  return { form };
}
