// A session with the national services (HelseID in front of PLL and Kjernejournal), made from an EHR
// session by token exchange (RFC 8693): a key of its own, kept in this page's memory; a DPoP-bound token
// (RFC 9449) that lives a few minutes and has no refresh token, so it is exchanged again, with the EHR
// session's current token, shortly before it expires and once after a 401.
import { dpopSender, type DpopSender } from './dpop-fetch.js';
import { generateDpopKeyPair, publicJwkOf } from './dpop-key.js';
import type { LaunchEnvironment } from './environment.js';
import { SmartError } from './errors.js';
import { launchContext, type SmartContext } from './launch-context.js';
import { assertSecureEndpoint } from './secure-endpoint.js';
import { sessionInternals, type SmartSession } from './session.js';
import { exchange, exchangeEndpoint, type ExchangeEndpoint } from './token-exchange.js';

export interface ExchangeOptions {
  /**
   * The authorization server that exchanges the token (HelseID); its OpenID discovery document, at
   * `{issuer}/.well-known/openid-configuration`, must list ES256 for DPoP and the token-exchange grant.
   */
  readonly issuer: string;
  /** The FHIR base of the national services: sent as RFC 8707 `resource`, and the base of `fetch`. */
  readonly resource: string;
  /** RFC 8693 `audience`, for an issuer that wants one beside `resource`. */
  readonly audience?: string;
  /** The scopes to ask for; none: what the issuer grants by default. */
  readonly scope?: string | readonly string[];
  /** Default: the client the EHR session was launched as. */
  readonly clientId?: string;
  /** Default: the EHR session's page (its `fetch`, and its clock for the proofs' `iat`). */
  readonly environment?: Pick<LaunchEnvironment, 'fetch' | 'now'>;
}

/**
 * The national services for the EHR session's patient and user. Its token never leaves it: `fetch` sends
 * it, with a fresh DPoP proof, to URLs under `fhirBaseUrl` only. `createSmartSource(national)` and
 * `nationalSources(national)` make sources over it.
 */
export interface NationalSession {
  /** The national token's patient, scopes and expiry (`refreshable` is false: it is exchanged again). */
  readonly context: SmartContext;
  /** The national FHIR base (`resource`). */
  readonly fhirBaseUrl: string;
  /** The issuer that exchanged the token. */
  readonly issuer: string;
  /** Always true: the national services take DPoP-bound tokens only. */
  readonly dpop: true;
  /**
   * `fetch` with `Authorization: DPoP` and a proof (with `ath` and the server's latest nonce) for URLs under
   * the national base, nothing added for any other URL. Exchanges again shortly before the token expires
   * and once after a 401; sends once more with the server's new nonce when it asks for one.
   */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /** A new national token now, exchanged for the EHR session's current token; rejects with a SmartError. */
  refresh(): Promise<void>;
  /** Why the last exchange failed, until one succeeds: what a later 401 really means. */
  readonly refreshFailure: SmartError | undefined;
  /** Why the national server last refused this session's DPoP proof, until a request succeeds. */
  readonly dpopFailure: SmartError | undefined;
  /** Forgets the token; later requests go without it. The EHR session is not touched. */
  end(): Promise<void>;
}

// Exchange again this long before the token expires, or at half its life when it is shorter than twice this.
const RENEW_MARGIN_MS = 60_000;

/**
 * Exchanges the EHR session's access token for a DPoP-bound token for `resource` at `issuer`. Rejects with
 * a SmartError: `national-unsupported` (the issuer does not offer DPoP with ES256 or token exchange, or
 * refuses the app's request: `invalid_target`, `invalid_scope`, `invalid_client`…), `national-refused`
 * (`invalid_grant`: the EHR session's token was not accepted), `national-unavailable`, `insecure-endpoint`,
 * `dpop-unsupported`, `dpop-proof-refused`, `dpop-nonce-exhausted`, `dpop-token-type-mismatch`, or
 * `token-expired` when the EHR session has ended.
 */
export async function exchangeToken(session: SmartSession, options: ExchangeOptions): Promise<NationalSession> {
  const internals = sessionInternals(session);
  if (internals === undefined) throw new TypeError('exchangeToken() takes a session made by ready().');
  const environment = options.environment ?? internals.environment;
  const base = options.resource.replace(/\/+$/, '');
  assertSecureEndpoint(base, 'national FHIR base');
  const fetch = (url: string, init: RequestInit): Promise<Response> => environment.fetch(url, init);
  const endpoint = await exchangeEndpoint(options.issuer, fetch);
  const keys = await generateDpopKeyPair();
  const dpop = dpopSender({
    privateKey: keys.privateKey,
    publicJwk: await publicJwkOf(keys.publicKey),
    fetch,
    now: () => environment.now(),
  });
  const scope = typeof options.scope === 'string' ? options.scope : options.scope?.join(' ');

  async function exchanged(): Promise<Received> {
    const subjectToken = await internals?.accessToken();
    if (subjectToken === undefined) {
      throw new SmartError('token-expired', 'The EHR session has ended: there is no token to exchange.');
    }
    const tokenResponse = await exchange({
      endpoint,
      subjectToken,
      resource: base,
      audience: options.audience,
      scope,
      clientId: options.clientId ?? internals?.clientId,
      dpop,
    });
    return { tokenResponse, receivedAt: environment.now() };
  }

  return nationalSession(await exchanged(), { base, endpoint, environment, dpop, exchanged });
}

interface Received {
  readonly tokenResponse: Record<string, unknown>;
  readonly receivedAt: number;
}

interface Parts {
  readonly base: string;
  readonly endpoint: ExchangeEndpoint;
  readonly environment: Pick<LaunchEnvironment, 'fetch' | 'now'>;
  readonly dpop: DpopSender;
  readonly exchanged: () => Promise<Received>;
}

function nationalSession(first: Received, parts: Parts): NationalSession {
  const { base, environment, dpop } = parts;
  let current: Received | undefined = first;
  let context = contextOf(first, base);
  let renewing: Promise<void> | undefined;
  let refreshFailure: SmartError | undefined;
  let dpopFailure: SmartError | undefined;
  const ended = (): boolean => current === undefined;

  const underBase = (url: string): boolean => url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`);
  const token = (): string | undefined => {
    const value = current?.tokenResponse.access_token;
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const due = (): boolean => {
    const expiresAt = context.expiresAt;
    if (expiresAt === undefined || current === undefined) return false;
    const margin = Math.min(RENEW_MARGIN_MS, (expiresAt - current.receivedAt) / 2);
    return expiresAt - margin <= environment.now();
  };

  function refresh(): Promise<void> {
    renewing ??= (async () => {
      if (ended()) throw new SmartError('token-expired', 'The national session has ended.');
      const next = await parts.exchanged();
      // Ended while the exchange was under way: the new token is dropped too.
      if (ended()) throw new SmartError('token-expired', 'The national session has ended.');
      current = next;
      context = contextOf(next, base);
    })()
      .then(
        () => {
          refreshFailure = undefined;
        },
        (error: unknown) => {
          refreshFailure =
            error instanceof SmartError
              ? error
              : new SmartError('national-unavailable', String(error), { cause: error });
          throw refreshFailure;
        },
      )
      .finally(() => {
        renewing = undefined;
      });
    return renewing;
  }

  /** One request under the base; `refused` when the answer is a refusal of the DPoP proof. */
  async function send(url: string, init: RequestInit | undefined): Promise<{ response: Response; refused: boolean }> {
    const headers = new Headers(init?.headers);
    if (!headers.has('accept')) headers.set('accept', 'application/fhir+json');
    const accessToken = token();
    if (accessToken === undefined)
      return { response: await environment.fetch(url, { ...init, headers }), refused: false };
    const response = await dpop.fetch(url, { ...init, headers }, accessToken);
    const refusal = await dpop.refusal(response);
    if (refusal) dpopFailure = refusal;
    else if (response.ok) dpopFailure = undefined;
    return { response, refused: refusal !== undefined };
  }

  return {
    get context() {
      return context;
    },
    fhirBaseUrl: base,
    issuer: parts.endpoint.issuer,
    dpop: true,
    async fetch(input, init) {
      const url = new URL(String(input), `${base}/`).href;
      if (!underBase(url)) return environment.fetch(url, init);
      // After a failed exchange, only a 401 tries again: no exchange in front of every request.
      if (due() && refreshFailure === undefined) await refresh().catch(() => undefined);
      const { response, refused } = await send(url, init);
      // A refused proof is not an expired token: a new token would be refused the same way.
      if (response.status !== 401 || refused || current === undefined) return response;
      try {
        await refresh();
      } catch {
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      return (await send(url, init)).response;
    },
    refresh,
    get refreshFailure() {
      return refreshFailure;
    },
    get dpopFailure() {
      return dpopFailure;
    },
    end() {
      current = undefined;
      return Promise.resolve();
    },
  };
}

function contextOf(received: Received, base: string): SmartContext {
  return launchContext(received.tokenResponse, { fhirBase: base, now: received.receivedAt });
}
