// The server's `.well-known/smart-configuration`, checked, with its endpoints made absolute.
import { SmartError } from './errors.js';
import { engineDiscovery } from './fhirclient-engine.js';
import { assertSecureEndpoint } from './secure-endpoint.js';
import { checkDiscovery, type VendorProfile } from './vendor-profiles.js';

export interface Endpoints {
  readonly authorize: string;
  readonly token: string;
  readonly issuer?: string;
  readonly jwks?: string;
}

/** The discovery document of `iss`; a `discovery-failed` SmartError when it cannot be had. */
export async function fetchDiscovery(iss: string, headers?: Readonly<Record<string, string>>): Promise<unknown> {
  try {
    return await engineDiscovery(iss, headers);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SmartError('discovery-failed', `No SMART configuration at ${iss}: ${reason}`, { cause: error });
  }
}

/**
 * The endpoints for a launch with `profile`, each resolved against the FHIR base as SMART asks of
 * clients. A problem that makes the launch impossible is a `discovery-failed` SmartError.
 */
export function launchEndpoints(iss: string, config: unknown, profile: VendorProfile): Endpoints {
  const fatal = checkDiscovery(config, profile).filter((problem) => problem.severity === 'error');
  if (fatal.length > 0) {
    throw new SmartError('discovery-failed', fatal.map((problem) => problem.message).join(' '));
  }
  const fields = config as Record<string, unknown>;
  const resolve = (name: string): string | undefined => {
    const value = fields[name];
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    let url: string;
    try {
      url = new URL(value.trim(), `${iss.replace(/\/+$/, '')}/`).href;
    } catch {
      throw new SmartError('discovery-failed', `${name} is not a URL.`);
    }
    assertSecureEndpoint(url, name);
    return url;
  };
  const issuer = typeof fields.issuer === 'string' && fields.issuer !== '' ? fields.issuer : undefined;
  const jwks = resolve('jwks_uri');
  return {
    authorize: resolve('authorization_endpoint') ?? '',
    token: resolve('token_endpoint') ?? '',
    ...(issuer !== undefined && { issuer }),
    ...(jwks !== undefined && { jwks }),
  };
}

/**
 * Whether the server takes DPoP proofs signed with ES256, the one algorithm Samspill signs with: RFC 9449
 * §5.1's `dpop_signing_alg_values_supported` in the discovery document.
 */
export function advertisesDpop(config: unknown): boolean {
  if (typeof config !== 'object' || config === null) return false;
  const algorithms = (config as { dpop_signing_alg_values_supported?: unknown }).dpop_signing_alg_values_supported;
  return Array.isArray(algorithms) && algorithms.includes('ES256');
}
