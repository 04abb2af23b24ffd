// What ties an authorization code to the launch that asked for it, so a code swapped into the
// redirect (code injection) completes nothing: PKCE where the server checks the verifier, and the
// OIDC nonce in the id_token where PKCE is not sent or not checked.
import { newState } from './launch-state.js';
import type { VendorProfile } from './vendor-profiles.js';

export interface CodeBinding {
  readonly pkce: 'required' | 'auto' | 'none';
  /** The scope to ask for: `openid` is added where the nonce binds the code. */
  readonly scope: string;
  /** Sent whenever `openid` is asked for; an id_token must then carry it, or no nonce at all. */
  readonly nonce: string | undefined;
  /** Whether the id_token and its nonce are what binds the code: without them the launch is refused. */
  readonly nonceRequired: boolean;
}

/** How a launch with `profile` binds its code, given discovery, the app's PKCE choice and the scope it asks for. */
export function codeBinding(
  profile: VendorProfile,
  smartConfiguration: unknown,
  pkce: 'required' | 'auto' | 'none',
  scope: string,
): CodeBinding {
  const pkceSent = pkce === 'required' || (pkce === 'auto' && advertisesS256(smartConfiguration));
  const nonceRequired = !pkceSent || profile.checksPkce === false;
  const scopes = scope.split(/\s+/).filter((token) => token !== '');
  const withOpenid = nonceRequired && !scopes.includes('openid') ? [...scopes, 'openid'] : scopes;
  return {
    pkce,
    scope: withOpenid.join(' '),
    nonce: withOpenid.includes('openid') ? newState() : undefined,
    nonceRequired,
  };
}

function advertisesS256(smartConfiguration: unknown): boolean {
  if (typeof smartConfiguration !== 'object' || smartConfiguration === null) return false;
  const methods = (smartConfiguration as { code_challenge_methods_supported?: unknown })
    .code_challenge_methods_supported;
  return Array.isArray(methods) && methods.includes('S256');
}
