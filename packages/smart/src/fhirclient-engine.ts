// fhirclient, the standard SMART client, as the engine under launch() and ready(): it discovers the
// server, builds the authorize URL (aud, launch, PKCE) and exchanges the code. It only ever sees an
// adapter of ours whose storage is a throwaway map, so it keeps no global key, writes nothing to web
// storage, and cannot take `iss` or `launch` from the address bar behind our back.
// The build bundles this module of fhirclient into dist/vendor (package.json `vendor`): installed from
// npm, fhirclient would bring expo and react-native along.
import { authorize, buildTokenRequest, fetchWellKnownJson, ready } from 'fhirclient/lib/smart.js';
import { pkceChallenge } from './pkce.js';

/** fhirclient's launch state: endpoints, client id, PKCE verifier; the token response once exchanged. */
export type EngineState = Readonly<Record<string, unknown>>;

export interface EngineAuthorizeParams {
  readonly iss: string;
  readonly launch: string | undefined;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  /** Also the `state` parameter. */
  readonly stateKey: string;
  readonly pkce: 'required' | 'auto' | 'none';
  /** Headers for the discovery request (an API gateway's subscription key). */
  readonly discoveryHeaders?: Readonly<Record<string, string>> | undefined;
}

// fhirclient's names for our PKCE modes: `unsafeV1` sends S256 even when discovery does not advertise it.
const PKCE_MODES = { required: 'unsafeV1', auto: 'ifSupported', none: 'disabled' } as const;

/** The smart-configuration, through fhirclient's cache, so authorize() does not fetch it a second time. */
export async function engineDiscovery(iss: string, headers?: Readonly<Record<string, string>>): Promise<unknown> {
  return fetchWellKnownJson(iss, headers === undefined ? undefined : { headers: { ...headers } });
}

/** The authorize URL and the state fhirclient needs back for the code exchange. Never navigates. */
export async function engineAuthorize(
  params: EngineAuthorizeParams,
): Promise<{ readonly url: string; readonly state: EngineState }> {
  const states = new Map<string, unknown>();
  const url = await authorize(adapter(params.redirectUri, states), {
    iss: params.iss,
    ...(params.launch !== undefined && { launch: params.launch }),
    clientId: params.clientId,
    redirectUri: params.redirectUri,
    scope: params.scope,
    stateKey: params.stateKey,
    pkceMode: PKCE_MODES[params.pkce],
    // fhirclient fetches discovery again where its cache is off (NODE_ENV=test): with the same headers.
    ...(params.discoveryHeaders !== undefined && {
      wellKnownRequestOptions: { headers: { ...params.discoveryHeaders } },
    }),
    noRedirect: true,
    // The whole flow stays in this window or frame: no popups, no messages to a parent.
    completeInTarget: true,
  });
  const state = states.get(params.stateKey);
  if (typeof url !== 'string' || !isRecord(state)) throw new Error('fhirclient did not produce an authorize URL.');
  return { url, state };
}

/** Exchanges `code` with the state saved at launch; resolves to the token response. */
export async function engineExchange(
  stateKey: string,
  code: string,
  state: EngineState,
  pageUrl: string,
): Promise<Record<string, unknown>> {
  const states = new Map<string, unknown>([[stateKey, { ...state, tokenResponse: {} }]]);
  // fhirclient puts the code into the form body as it is; encoding it here keeps `+`, `&` and `=` intact.
  const client = await ready(adapter(pageUrl, states), { stateKey, code: encodeURIComponent(code) });
  const tokenResponse: unknown = client.state.tokenResponse;
  return isRecord(tokenResponse) ? tokenResponse : {};
}

/**
 * The code exchange's form body as fhirclient builds it (redirect URI, client id, PKCE verifier), for a
 * request fhirclient cannot send itself: one with a DPoP proof.
 */
export async function engineTokenRequestBody(code: string, state: EngineState, pageUrl: string): Promise<string> {
  const request = await buildTokenRequest(adapter(pageUrl, new Map()), {
    code: encodeURIComponent(code),
    state: state as unknown as Parameters<typeof buildTokenRequest>[1]['state'],
  });
  if (typeof request.body !== 'string') throw new Error('fhirclient built no token request body.');
  return request.body;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Only what fhirclient's authorize() and ready() call for a public client. `getUrl` is the page without its query, so
// fhirclient never reads `iss`, `launch`, `code` or `state` from it.
function adapter(pageUrl: string, states: Map<string, unknown>): Parameters<typeof authorize>[0] {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  const engine = {
    options: { replaceBrowserHistory: false, fullSessionStorageSupport: false },
    getUrl: () => new URL(url.href),
    relative: (path: string) => new URL(path, url.href).href,
    redirect: () => {
      throw new Error('fhirclient must not navigate: launch() does.');
    },
    getStorage: () => ({
      get: async (key: string) => Promise.resolve(states.get(key)),
      set: async (key: string, value: unknown) => {
        states.set(key, value);
        return Promise.resolve(value);
      },
      unset: async (key: string) => Promise.resolve(states.delete(key)),
    }),
    getAbortController: () => AbortController,
    // For a token response without `expires_in`, fhirclient reads the access token's `exp`.
    atob: (text: string) => atob(text),
    base64urldecode: (input: string) => atob(input.replace(/-/g, '+').replace(/_/g, '/')),
    security: { generatePKCEChallenge: pkceChallenge },
  };
  return engine as unknown as Parameters<typeof authorize>[0];
}
