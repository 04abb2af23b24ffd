// A ready SMART session: its launch context, and a fetch that carries the access token to the FHIR
// server only (as Bearer, or DPoP-bound with a proof), refreshing it shortly before it expires and
// once after a 401, with the gateway's subscription key beside it when the app has one.
import type { SmartStyleOptions, SmartStyleResult, Tokens } from '@samspill/core/data.js';
import type { DpopBinding } from './dpop-binding.js';
import type { LaunchEnvironment } from './environment.js';
import { SmartError } from './errors.js';
import { launchContext, type SmartContext } from './launch-context.js';
import { DEFAULT_SUBSCRIPTION_KEY_HEADER, subscriptionKeyFor, type SubscriptionKey } from './vendor-profiles.js';
import { removeSession, saveSession, type StoredSession } from './session-store.js';
import { refreshTokens, tokenBinding, tokenError } from './token-request.js';

export interface SmartSession {
  /** The launch context: patient, encounter, user, banner, style, scopes. Renewed by a refresh. */
  readonly context: SmartContext;
  /** The FHIR base URL (`iss`). */
  readonly fhirBaseUrl: string;
  /** The vendor profile the launch used. */
  readonly vendor: string;
  /** Whether the tokens are DPoP-bound (RFC 9449) to a key only this browser holds. */
  readonly dpop: boolean;
  /**
   * `fetch` with the token for URLs under the FHIR base (`Authorization: Bearer`, or `Authorization: DPoP`
   * and a `DPoP` proof), the subscription key given to `ready()`, and nothing added for any other URL.
   * Refreshes before expiry and retries once after a 401 when a refresh token was issued; sends once more
   * with the server's new nonce when it asks for one.
   */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /** A new access token now; rejects with `refresh-failed` or, without a refresh token, `token-expired`. */
  refresh(): Promise<void>;
  /** Why the last refresh failed, until one succeeds: what a later 401 really means. */
  readonly refreshFailure: SmartError | undefined;
  /** Why the FHIR server last refused this session's DPoP proof, until a request succeeds. */
  readonly dpopFailure: SmartError | undefined;
  /** The EHR's style (`smart_style_url`) as Samspill design tokens; none when there is no style or it fails. */
  loadStyle(): Promise<Tokens>;
  /**
   * The EHR's style read with `readSmartStyle`: its tokens, the fields refused because they would
   * make text illegible or cannot be read (for a notice: `describeRefusedStyle`), and the colour
   * scheme its background calls for. Nothing refused and no tokens when there is no style or it fails.
   */
  readStyle(options?: SmartStyleOptions): Promise<SmartStyleResult>;
  /** Forgets the tokens and removes the DPoP key: later requests go without either. Resolves once the key is gone. */
  end(): Promise<void>;
}

/**
 * What a token exchange (`@samspill/smart/national.js`) needs of a session and the session does not show:
 * the page it runs in, its client, and its access token, refreshed first when it is due. Kept off the
 * session object, so no app code or log that prints a session meets the token.
 */
export interface SessionInternals {
  readonly environment: LaunchEnvironment;
  readonly clientId: string;
  /** The access token now, refreshed first when it is about to expire; `undefined` once the session ended. */
  readonly accessToken: () => Promise<string | undefined>;
}

const internals = new WeakMap<object, SessionInternals>();

/** The internals of a session `ready()` made; `undefined` for any other object. Not exported by the package. */
export function sessionInternals(session: object): SessionInternals | undefined {
  return internals.get(session);
}

/** What a session holds beside its stored state and never writes to storage. */
export interface SessionAttachments {
  /** The DPoP key and sender, for a session whose tokens are DPoP-bound. */
  readonly dpop?: DpopBinding | undefined;
  /** The app's key for the API gateway in front of the FHIR server. */
  readonly subscriptionKey?: SubscriptionKey | undefined;
}

// Refresh this long before the token expires, so a request never leaves with a token about to die.
const REFRESH_MARGIN_MS = 60_000;

export function createSession(
  id: string,
  initial: StoredSession,
  environment: LaunchEnvironment,
  attachments: SessionAttachments = {},
): SmartSession {
  let stored: StoredSession | undefined = initial;
  let context = contextOf(initial);
  let refreshing: Promise<void> | undefined;
  let refreshFailure: SmartError | undefined;
  let dpopFailure: SmartError | undefined;
  const base = initial.fhirBaseUrl.replace(/\/+$/, '');
  const { dpop } = attachments;
  const subscriptionKey = subscriptionKeyFor(attachments.subscriptionKey, base);
  const keyHeader = initial.subscriptionKeyHeader ?? DEFAULT_SUBSCRIPTION_KEY_HEADER;

  const underBase = (url: string): boolean => url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`);
  const accessToken = (): string | undefined => {
    const token = stored?.tokenResponse.access_token;
    return typeof token === 'string' && token !== '' ? token : undefined;
  };
  const refreshToken = (): string | undefined => {
    const token = stored?.tokenResponse.refresh_token;
    return typeof token === 'string' && token !== '' ? token : undefined;
  };

  async function renew(): Promise<void> {
    const current = stored;
    const token = refreshToken();
    if (!current || token === undefined) {
      throw new SmartError('token-expired', 'The access token expired and no refresh token was issued.');
    }
    const tokenResponse = await refreshTokens({
      tokenUri: current.tokenUri,
      clientId: current.clientId,
      refreshToken: token,
      fetch: dpop ? (input, init) => dpop.fetch(input, init) : (input, init) => environment.fetch(input, init),
      refusal: dpop?.refusal,
    });
    // A DPoP-bound refresh token must bring a DPoP-bound access token, and a Bearer session a Bearer one.
    tokenBinding(tokenResponse, dpop ? 'required' : undefined);
    // The launch context (patient, banner, style) comes with the first answer only; keep it.
    stored = {
      ...current,
      tokenResponse: { ...current.tokenResponse, ...tokenResponse },
      receivedAt: environment.now(),
    };
    context = contextOf(stored);
    saveSession(environment.sessionStorage(), id, stored);
  }

  function refresh(): Promise<void> {
    refreshing ??= renew()
      .then(
        () => {
          refreshFailure = undefined;
        },
        (error: unknown) => {
          refreshFailure = tokenError(error, 'refresh-failed');
          throw refreshFailure;
        },
      )
      .finally(() => {
        refreshing = undefined;
      });
    return refreshing;
  }

  /** One request under the base; `refused` when the answer is a refusal of the DPoP proof. */
  async function send(url: string, init: RequestInit | undefined): Promise<{ response: Response; refused: boolean }> {
    const headers = new Headers(init?.headers);
    const token = accessToken();
    if (!headers.has('accept')) headers.set('accept', 'application/fhir+json');
    if (subscriptionKey !== undefined) headers.set(keyHeader, subscriptionKey);
    if (dpop && token !== undefined) {
      const response = await dpop.fetch(url, { ...init, headers }, token);
      const refusal = await dpop.refusal(response);
      if (refusal) dpopFailure = refusal;
      else if (response.ok) dpopFailure = undefined;
      return { response, refused: refusal !== undefined };
    }
    if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
    return { response: await environment.fetch(url, { ...init, headers }), refused: false };
  }

  // After a refused refresh, only a 401 tries again: no token request in front of every request.
  const refreshDue = (): boolean => {
    const expiresAt = context.expiresAt;
    const due = expiresAt !== undefined && expiresAt - REFRESH_MARGIN_MS <= environment.now();
    return due && refreshToken() !== undefined && refreshFailure === undefined;
  };

  async function readStyle(options?: SmartStyleOptions): Promise<SmartStyleResult> {
    const styleUrl = context.styleUrl;
    if (styleUrl === undefined) return { tokens: {}, refused: [] };
    try {
      // The style is public: no token, no cookies.
      const response = await environment.fetch(styleUrl, {
        credentials: 'omit',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return { tokens: {}, refused: [] };
      // Colour parsing and contrast checks load only when there is a style document to read.
      const [style, { readSmartStyle }] = await Promise.all([
        response.json() as Promise<unknown>,
        import('@samspill/core/style.js'),
      ]);
      return readSmartStyle(style, options);
    } catch {
      return { tokens: {}, refused: [] };
    }
  }

  const session: SmartSession = {
    get context() {
      return context;
    },
    fhirBaseUrl: base,
    vendor: initial.vendor,
    dpop: dpop !== undefined,
    async fetch(input, init) {
      const url = new URL(String(input), `${base}/`).href;
      if (!underBase(url)) return environment.fetch(url, init);
      // A failed refresh is not thrown here: the request answers 401, which the caller reports.
      if (refreshDue()) await refresh().catch(() => undefined);
      const { response, refused } = await send(url, init);
      // A refused proof is not an expired token: a new token would be refused the same way.
      if (response.status !== 401 || refused || refreshToken() === undefined) return response;
      try {
        await refresh();
      } catch {
        return response;
      }
      return (await send(url, init)).response;
    },
    refresh,
    get refreshFailure() {
      return refreshFailure;
    },
    get dpopFailure() {
      return dpopFailure;
    },
    async loadStyle() {
      return (await readStyle()).tokens;
    },
    readStyle,
    async end() {
      stored = undefined;
      removeSession(environment.sessionStorage(), id);
      await dpop?.forget();
    },
  };
  internals.set(session, {
    environment,
    clientId: initial.clientId,
    async accessToken() {
      if (refreshDue()) await refresh().catch(() => undefined);
      return accessToken();
    },
  });
  return session;
}

function contextOf(session: StoredSession): SmartContext {
  return launchContext(session.tokenResponse, {
    fhirBase: session.fhirBaseUrl,
    now: session.receivedAt,
    ...(session.idTokenClaims !== undefined && { idTokenClaims: session.idTokenClaims }),
    ...(session.launchLang !== undefined && { launchLang: session.launchLang }),
  });
}
