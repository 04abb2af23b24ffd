// The redirect page: take the authorization server's answer, check `state` once, exchange the code
// (fhirclient, or our own request when it carries DPoP proofs), verify the id_token and its nonce, clean the
// address bar, and keep the session under a per-launch key that lives in this tab's or frame's history
// entry, so a reload finds it and no other app does.
import type { DpopBinding } from './dpop-binding.js';
import { browserEnvironment, type LaunchEnvironment } from './environment.js';
import { SmartError } from './errors.js';
import { engineExchange, engineTokenRequestBody } from './fhirclient-engine.js';
import { verifyIdToken } from './id-token.js';
import { createSession, type SmartSession } from './session.js';
import { loadSession, saveSession, takeLaunchRecord, type LaunchRecord, type StoredSession } from './session-store.js';
import { postTokenRequest, tokenBinding, tokenError } from './token-request.js';
import type { SubscriptionKey } from './vendor-profiles.js';

export interface ReadyOptions {
  /** Default: this browser window. */
  readonly environment?: LaunchEnvironment;
  /**
   * The app's key for an API gateway in front of the FHIR server (DIPS), as given to `launch()`: sent with
   * every request under the FHIR base, in the header the profile names. Kept in this page's memory only.
   * A function gives each FHIR base its own key, or none.
   */
  readonly subscriptionKey?: SubscriptionKey;
}

// Parameters the authorization server adds to the redirect; none of them stays in the address bar.
const OAUTH_PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri', 'iss'];
// Where the session key is kept in `history.state`.
const HISTORY_KEY = 'samspillSmartSession';

/**
 * The session of this page: after the redirect from the authorization server, or again after a
 * reload. Rejects with a `SmartError` (authorize-denied, state-mismatch, token-failed, network, …).
 */
export async function ready(options: ReadyOptions = {}): Promise<SmartSession> {
  const environment = options.environment ?? browserEnvironment();
  const page = new URL(environment.location());
  const params = page.searchParams;
  const state = params.get('state');
  const code = params.get('code');
  const error = params.get('error');
  if (state === null && code === null && error === null) return resume(environment, options.subscriptionKey);

  // The answer is read once: whatever happens next, it leaves the address bar and history.
  const clean = new URL(page);
  for (const name of OAUTH_PARAMS) clean.searchParams.delete(name);
  const record = state === null ? undefined : takeLaunchRecord(environment.sessionStorage(), state, environment.now());
  environment.replaceLocation(clean.href, historyWith(environment.historyState(), undefined));

  if (error !== null) {
    const description = params.get('error_description');
    throw new SmartError('authorize-denied', description === null ? error : `${error}: ${description}`);
  }
  // RFC 9207: an authorization server that names itself must be the one the launch went to.
  const issuer = params.get('iss');
  if (issuer !== null && record?.issuer !== undefined && issuer !== record.issuer) {
    throw new SmartError('state-mismatch', `The answer comes from ${issuer}, not ${record.issuer}.`);
  }
  if (state === null || code === null || !record) {
    throw new SmartError(
      'state-mismatch',
      state === null || code === null
        ? 'The redirect lacks code or state.'
        : 'No launch is waiting for this state: it was used already, expired, or belongs to another window.',
    );
  }
  // Another app on this origin (sharing its sessionStorage) must not complete this launch.
  if (record.redirectUri !== undefined && pageOf(record.redirectUri) !== pageOf(page.href)) {
    throw new SmartError('state-mismatch', `This launch is completed at ${pageOf(record.redirectUri)}, not here.`);
  }
  const dpop = await dpopBindingFor(state, record, environment);
  let tokenResponse: Record<string, unknown>;
  let idTokenClaims: Record<string, unknown> | undefined;
  let bound: boolean;
  try {
    tokenResponse = await exchangeCode(state, code, record, environment, dpop);
    if (typeof tokenResponse.access_token !== 'string' || tokenResponse.access_token === '') {
      throw new SmartError('malformed-response', 'The token response has no access_token.');
    }
    if (typeof tokenResponse.state === 'string' && tokenResponse.state !== state) {
      throw new SmartError('state-mismatch', 'The token response echoes another state.');
    }
    // The server may answer a proof with a Bearer token (RFC 9449 §5), unless the app requires DPoP.
    bound = dpop !== undefined && tokenBinding(tokenResponse, record.dpop) === 'dpop';
    idTokenClaims = await verifiedClaims(tokenResponse, record, environment.now());
  } catch (failure) {
    await dpop?.forget().catch(() => undefined);
    throw failure;
  }
  // A Bearer token needs no key.
  if (dpop && !bound) await dpop.forget().catch(() => undefined);

  const session: StoredSession = {
    vendor: record.vendor,
    tokenStorage: record.tokenStorage,
    fhirBaseUrl: record.fhirBaseUrl,
    clientId: record.clientId,
    tokenUri: record.tokenUri,
    tokenResponse,
    receivedAt: environment.now(),
    ...(record.lang !== undefined && { launchLang: record.lang }),
    ...(idTokenClaims !== undefined && { idTokenClaims }),
    ...(bound && record.dpop !== undefined && { dpop: record.dpop }),
    ...(record.subscriptionKeyHeader !== undefined && { subscriptionKeyHeader: record.subscriptionKeyHeader }),
  };
  // The launch's `state` is spent, so it can name the session: unguessable and unique.
  saveSession(environment.sessionStorage(), state, session);
  environment.replaceLocation(clean.href, historyWith(environment.historyState(), state));
  return createSession(state, session, environment, {
    dpop: bound ? dpop : undefined,
    subscriptionKey: options.subscriptionKey,
  });
}

/**
 * The DPoP key for this launch's code exchange, when it sends proofs. A server that only offers DPoP
 * gets none from a browser that cannot keep a key (no IndexedDB): that launch goes on with Bearer.
 */
async function dpopBindingFor(
  sessionId: string,
  record: LaunchRecord,
  environment: LaunchEnvironment,
): Promise<DpopBinding | undefined> {
  if (record.dpop === undefined) return undefined;
  const { createDpopBinding } = await import('./dpop-binding.js');
  try {
    return await createDpopBinding(sessionId, record.tokenStorage, environment);
  } catch (error) {
    if (record.dpop === 'offered' && error instanceof SmartError && error.code === 'dpop-unsupported') return undefined;
    throw error;
  }
}

/** The token response for `code`: through fhirclient, or with DPoP proofs, which fhirclient cannot send. */
async function exchangeCode(
  state: string,
  code: string,
  record: LaunchRecord,
  environment: LaunchEnvironment,
  dpop: DpopBinding | undefined,
): Promise<Record<string, unknown>> {
  if (dpop === undefined) {
    try {
      const tokenResponse = await engineExchange(state, code, record.engineState, environment.location());
      tokenBinding(tokenResponse, undefined);
      return tokenResponse;
    } catch (exchangeError) {
      throw tokenError(exchangeError, 'token-failed');
    }
  }
  return postTokenRequest({
    tokenUri: record.tokenUri,
    body: await engineTokenRequestBody(code, record.engineState, environment.location()),
    fetch: (url, init) => dpop.fetch(url, init),
    refusal: dpop.refusal,
    failure: 'token-failed',
  });
}

async function resume(
  environment: LaunchEnvironment,
  subscriptionKey: SubscriptionKey | undefined,
): Promise<SmartSession> {
  const id = sessionIdOf(environment.historyState());
  if (id === undefined) throw new SmartError('no-launch-params', 'The page was opened without a launch.');
  const stored = loadSession(environment.sessionStorage(), id);
  if (!stored)
    throw new SmartError('token-expired', 'The session of this page is gone (memory storage or a cleared browser).');
  let dpop: DpopBinding | undefined;
  if (stored.dpop !== undefined) {
    const { resumeDpopBinding } = await import('./dpop-binding.js');
    dpop = await resumeDpopBinding(id, stored.tokenStorage, environment);
  }
  const session = createSession(id, stored, environment, { dpop, subscriptionKey });
  const expiresAt = session.context.expiresAt;
  if (expiresAt !== undefined && expiresAt <= environment.now()) {
    if (!session.context.refreshable) throw new SmartError('token-expired', 'The access token has expired.');
    await session.refresh();
  }
  return session;
}

async function verifiedClaims(
  tokenResponse: Record<string, unknown>,
  record: LaunchRecord,
  now: number,
): Promise<Record<string, unknown> | undefined> {
  const idToken = tokenResponse.id_token;
  const nonceRequired = record.nonceRequired === true;
  // Without an id_token or published keys, nothing is verified and fhirUser stays unknown, unless the
  // id_token is what binds the code to this launch (launch() made sure the keys are known then).
  if (typeof idToken !== 'string' || idToken === '' || record.jwksUri === undefined) {
    if (nonceRequired) {
      throw new SmartError('token-failed', 'No id_token: this launch is bound to its code by the id_token nonce.');
    }
    return undefined;
  }
  const claims = await verifyIdToken(idToken, {
    jwksUri: record.jwksUri,
    issuer: record.issuer,
    clientId: record.clientId,
    nonce: record.nonce,
    nonceRequired,
    now,
  });
  return { ...claims };
}

/** The page a URL opens, as static hosts serve it: `/app/index.html`, `/app/` and `/app` are one page. */
function pageOf(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname.replace(/(\/index)?\.html$/, '').replace(/\/+$/, '');
}

function historyWith(current: unknown, sessionId: string | undefined): unknown {
  // Whatever the app keeps in history.state stays; only our key changes.
  const kept = typeof current === 'object' && current !== null && !Array.isArray(current) ? current : {};
  const next = Object.entries(kept).filter(([name]) => name !== HISTORY_KEY);
  return Object.fromEntries(sessionId === undefined ? next : [...next, [HISTORY_KEY, sessionId]]);
}

function sessionIdOf(historyState: unknown): string | undefined {
  if (typeof historyState !== 'object' || historyState === null) return undefined;
  const id = (historyState as Record<string, unknown>)[HISTORY_KEY];
  return typeof id === 'string' && id !== '' ? id : undefined;
}
