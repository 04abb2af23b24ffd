import { randomBytes } from 'node:crypto';

/** An unguessable identifier: 256 bits, base64url. Codes, tokens and launch ids all use it. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}
