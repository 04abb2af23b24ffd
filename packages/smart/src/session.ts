// A ready SMART session: its launch context, and a fetch that carries the access token to the FHIR
// server only, refreshing it shortly before it expires and once after a 401.
import type { SmartStyleOptions, SmartStyleResult, Tokens } from '@samspill/core/data.js';
import type { LaunchEnvironment } from './environment.js';
import { SmartError } from './errors.js';
import { launchContext, type SmartContext } from './launch-context.js';
import { removeSession, saveSession, type StoredSession } from './session-store.js';
import { refreshTokens, tokenError } from './token-request.js';

export interface SmartSession {
  /** The launch context: patient, encounter, user, banner, style, scopes. Renewed by a refresh. */
  readonly context: SmartContext;
  /** The FHIR base URL (`iss`). */
  readonly fhirBaseUrl: string;
  /** The vendor profile the launch used. */
  readonly vendor: string;
  /**
   * `fetch` with `Authorization: Bearer` for URLs under the FHIR base, and nothing added for any
   * other URL. Refreshes before expiry and retries once after a 401 when a refresh token was issued.
   */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
  /** A new access token now; rejects with `refresh-failed` or, without a refresh token, `token-expired`. */
  refresh(): Promise<void>;
  /** Why the last refresh failed, until one succeeds: what a later 401 really means. */
  readonly refreshFailure: SmartError | undefined;
  /** The EHR's style (`smart_style_url`) as Samspill design tokens; none when there is no style or it fails. */
  loadStyle(): Promise<Tokens>;
  /**
   * The EHR's style read with `readSmartStyle`: its tokens, the fields refused because they would
   * make text illegible or cannot be read (for a notice: `describeRefusedStyle`), and the colour
   * scheme its background calls for. Nothing refused and no tokens when there is no style or it fails.
   */
  readStyle(options?: SmartStyleOptions): Promise<SmartStyleResult>;
  /** Forgets the tokens: later requests go without one. */
  end(): void;
}

// Refresh this long before the token expires, so a request never leaves with a token about to die.
const REFRESH_MARGIN_MS = 60_000;

export function createSession(id: string, initial: StoredSession, environment: LaunchEnvironment): SmartSession {
  let stored: StoredSession | undefined = initial;
  let context = contextOf(initial);
  let refreshing: Promise<void> | undefined;
  let refreshFailure: SmartError | undefined;
  const base = initial.fhirBaseUrl.replace(/\/+$/, '');

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
      fetch: (input, init) => environment.fetch(input, init),
    });
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

  async function send(url: string, init: RequestInit | undefined): Promise<Response> {
    const headers = new Headers(init?.headers);
    const token = accessToken();
    if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
    if (!headers.has('accept')) headers.set('accept', 'application/fhir+json');
    return environment.fetch(url, { ...init, headers });
  }

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

  return {
    get context() {
      return context;
    },
    fhirBaseUrl: base,
    vendor: initial.vendor,
    async fetch(input, init) {
      const url = new URL(String(input), `${base}/`).href;
      if (!underBase(url)) return environment.fetch(url, init);
      const expiresAt = context.expiresAt;
      // After a refused refresh, only a 401 tries again: no token request in front of every request.
      const due = expiresAt !== undefined && expiresAt - REFRESH_MARGIN_MS <= environment.now();
      if (due && refreshToken() !== undefined && refreshFailure === undefined) {
        // A failed refresh is not thrown here: the request answers 401, which the caller reports.
        await refresh().catch(() => undefined);
      }
      const response = await send(url, init);
      if (response.status !== 401 || refreshToken() === undefined) return response;
      try {
        await refresh();
      } catch {
        return response;
      }
      return send(url, init);
    },
    refresh,
    get refreshFailure() {
      return refreshFailure;
    },
    async loadStyle() {
      return (await readStyle()).tokens;
    },
    readStyle,
    end() {
      stored = undefined;
      removeSession(environment.sessionStorage(), id);
    },
  };
}

function contextOf(session: StoredSession): SmartContext {
  return launchContext(session.tokenResponse, {
    fhirBase: session.fhirBaseUrl,
    now: session.receivedAt,
    ...(session.idTokenClaims !== undefined && { idTokenClaims: session.idTokenClaims }),
    ...(session.launchLang !== undefined && { launchLang: session.launchLang }),
  });
}
