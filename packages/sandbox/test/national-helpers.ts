// DPoP proofs made the way a browser client makes them (ES256 keys, jose), and the national flow's
// steps over real HTTP: exchange an EHR token at the HelseID-like token endpoint (meeting its nonce
// first), then call the national FHIR endpoint with `Authorization: DPoP` and a proof per request.
import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import type { Sandbox } from '../src/index.js';

export interface DpopKey {
  readonly privateKey: CryptoKey;
  readonly jwk: JWK;
}

export async function dpopKey(): Promise<DpopKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  return { privateKey, jwk: await exportJWK(publicKey) };
}

export interface ProofOptions {
  readonly method: string;
  readonly url: string;
  /** Seconds. */
  readonly iat: number;
  readonly nonce?: string | undefined;
  readonly accessToken?: string | undefined;
  readonly jti?: string;
  /** Claims to set or (undefined) leave out, after the ones above. */
  readonly claims?: Record<string, unknown>;
  /** Header parameters beside alg, typ and jwk, or replacing them. */
  readonly header?: Record<string, unknown>;
}

export function ath(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export async function makeProof(key: DpopKey, options: ProofOptions): Promise<string> {
  const written: Record<string, unknown> = {
    jti: options.jti ?? randomUUID(),
    htm: options.method,
    htu: options.url,
    iat: options.iat,
    ...(options.nonce !== undefined && { nonce: options.nonce }),
    ...(options.accessToken !== undefined && { ath: ath(options.accessToken) }),
    ...options.claims,
  };
  const claims = Object.fromEntries(Object.entries(written).filter(([, value]) => value !== undefined));
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: key.jwk, ...options.header })
    .sign(key.privateKey);
}

export const EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';

export function tokenUrl(sandbox: Sandbox): string {
  return `${sandbox.url}/helseid/connect/token`;
}

export function nationalBase(sandbox: Sandbox): string {
  return `${sandbox.url}/nasjonal/fhir`;
}

export function exchangeForm(sandbox: Sandbox, subjectToken: string): Record<string, string> {
  return {
    grant_type: EXCHANGE_GRANT,
    subject_token: subjectToken,
    subject_token_type: ACCESS_TOKEN_TYPE,
    resource: nationalBase(sandbox),
    scope: 'patient/MedicationStatement.rs patient/Medication.rs patient/AllergyIntolerance.rs patient/Flag.rs',
    client_id: 'samspill-dev',
  };
}

export function postExchange(
  sandbox: Sandbox,
  form: Record<string, string>,
  proof?: string,
): Promise<globalThis.Response> {
  return fetch(tokenUrl(sandbox), {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(proof !== undefined && { DPoP: proof }),
    },
    body: new URLSearchParams(form).toString(),
  });
}

export interface NationalSession {
  readonly key: DpopKey;
  readonly accessToken: string;
  readonly body: Record<string, unknown>;
  /** The latest DPoP-Nonce the server handed out. */
  nonce: string;
}

/** The whole exchange as a client must make it: a proof without nonce, refused, and the retry with one. */
export async function exchange(
  sandbox: Sandbox,
  subjectToken: string,
  nowSeconds: number,
  key?: DpopKey,
): Promise<NationalSession> {
  const dpop = key ?? (await dpopKey());
  const form = exchangeForm(sandbox, subjectToken);
  const first = await postExchange(
    sandbox,
    form,
    await makeProof(dpop, { method: 'POST', url: tokenUrl(sandbox), iat: nowSeconds }),
  );
  const nonce = first.headers.get('dpop-nonce');
  const refusal = (await first.json()) as { error?: string };
  if (first.status !== 400 || refusal.error !== 'use_dpop_nonce' || nonce === null)
    throw new Error(`expected use_dpop_nonce, got ${first.status} ${JSON.stringify(refusal)}`);
  const second = await postExchange(
    sandbox,
    form,
    await makeProof(dpop, { method: 'POST', url: tokenUrl(sandbox), iat: nowSeconds, nonce }),
  );
  const body = (await second.json()) as Record<string, unknown>;
  if (second.status !== 200) throw new Error(`exchange answered ${second.status}: ${JSON.stringify(body)}`);
  return {
    key: dpop,
    accessToken: String(body.access_token),
    body,
    nonce: second.headers.get('dpop-nonce') ?? nonce,
  };
}

export interface NationalGet {
  readonly path: string;
  readonly nowSeconds: number;
  /** Proof options to change: the method, URL, iat, nonce, token hashed, claims, header. */
  readonly proof?: Partial<ProofOptions>;
  readonly proofKey?: DpopKey;
  /** The whole Authorization header, instead of `DPoP <token>`. */
  readonly authorization?: string;
  /** The DPoP header as it is, instead of a proof. */
  readonly dpop?: string | null;
  readonly method?: string;
  readonly body?: string;
}

export async function nationalRequest(
  sandbox: Sandbox,
  session: NationalSession,
  request: NationalGet,
): Promise<globalThis.Response> {
  const url = `${nationalBase(sandbox)}/${request.path}`;
  const method = request.method ?? 'GET';
  const proof =
    request.dpop !== undefined
      ? request.dpop
      : await makeProof(request.proofKey ?? session.key, {
          method,
          url,
          iat: request.nowSeconds,
          nonce: session.nonce,
          accessToken: session.accessToken,
          ...request.proof,
        });
  return fetch(url, {
    method,
    headers: {
      Authorization: request.authorization ?? `DPoP ${session.accessToken}`,
      ...(proof !== null && { DPoP: proof }),
      ...(request.body !== undefined && { 'Content-Type': 'application/fhir+json' }),
    },
    ...(request.body !== undefined && { body: request.body }),
  });
}
