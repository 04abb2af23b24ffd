// What a token response says about the grant besides the token itself: the scope as the vendor names
// it and the launch context. Introspection repeats both exactly (SMART: "as included in the original
// access token response"), so both endpoints build them here.
import type { Personality } from '../personalities/personality.js';
import type { Grant } from '../tokens.js';

/** The granted scopes as the token response names them. */
export function reportedScope(personality: Personality, granted: readonly string[]): string {
  const named = personality.hidesRefreshScopes
    ? granted.filter((scope) => !/^(offline|online)_access$/i.test(scope))
    : granted;
  return named.join(' ');
}

/** `patient`, `encounter`, `intent`, `fhirContext` and the personality's own (banner, style, tenant, …). */
export function launchContextFields(personality: Personality, grant: Grant, origin: string): Record<string, unknown> {
  const launch = grant.launch;
  return {
    ...(launch.patient !== undefined && { patient: launch.patient }),
    ...(launch.encounter !== undefined && { encounter: launch.encounter }),
    ...(launch.intent !== undefined && { intent: launch.intent }),
    ...(launch.fhirContext.length > 0 && { fhirContext: launch.fhirContext.map((reference) => ({ reference })) }),
    ...personality.tokenExtras(grant, origin),
  };
}
