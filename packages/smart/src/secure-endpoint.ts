// Tokens and patient data travel only over TLS. Plain http is allowed to this machine's loopback
// interface (the sandbox, a developer's own server), where nothing crosses a network.
import { SmartError } from './errors.js';

// 127.0.0.0/8: the URL parser has already turned `127.1` and friends into dotted quads.
const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' || hostname.endsWith('.localhost') || hostname === '[::1]' || LOOPBACK_IPV4.test(hostname)
  );
}

/** Whether a token or patient data may be sent to `url`: https, or http to a loopback host. */
export function isSecureEndpoint(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}

/** An `insecure-endpoint` SmartError unless `url` is a secure endpoint; `what` names it for the developer. */
export function assertSecureEndpoint(url: string, what: string): void {
  if (!isSecureEndpoint(url)) {
    throw new SmartError(
      'insecure-endpoint',
      `The ${what} ${url} is not https (plain http is allowed to loopback hosts only).`,
    );
  }
}
