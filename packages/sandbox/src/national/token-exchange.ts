// HelseID's token endpoint as the sandbox models it: RFC 8693 token exchange from an access token the
// sandbox issued for an EHR launch (any personality) to one for the national FHIR endpoint, for the
// same patient and user, bound to the client's DPoP key (RFC 9449 §5, §6). Every refusal is an OAuth
// error (RFC 6749 §5.2, RFC 8693 §2.2.2, RFC 9449 §8) with Cache-Control: no-store.
import { oauthForm } from '../auth/oauth-form.js';
import { NO_STORE } from '../auth/oauth-error.js';
import { sendJson, type Request, type Response } from '../http.js';
import { randomToken } from '../random.js';
import { grantWithin } from '../scope-grant.js';
import { splitScopes } from '../scopes.js';
import type { SandboxState } from '../state.js';
import type { AccessToken } from '../tokens.js';
import { nowSeconds, requestProof } from './dpop-request.js';
import { nationalState } from './national-state.js';
import { ACCESS_TOKEN_TYPE, helseIdIssuer, NATIONAL_SCOPES, nationalFhirBase, TOKEN_EXCHANGE_GRANT } from './paths.js';

/** Seconds; HelseID's access tokens are short-lived, and one never outlives the token it came from. */
export const NATIONAL_TOKEN_LIFETIME = 300;

type ExchangeError =
  | 'invalid_request'
  | 'invalid_grant'
  | 'invalid_scope'
  | 'invalid_target'
  | 'unsupported_grant_type'
  | 'invalid_dpop_proof'
  | 'use_dpop_nonce';

function refuse(response: Response, error: ExchangeError, description: string, headers: Record<string, string>): void {
  sendJson(response, 400, { error, error_description: description }, { ...NO_STORE, ...headers });
}

export async function tokenExchange(state: SandboxState, request: Request, response: Response): Promise<void> {
  const national = nationalState(state);
  // Every answer carries a fresh nonce, so a client can keep its next proof current without a retry.
  const nonce = { 'DPoP-Nonce': national.nonces.current(nowSeconds(state)) };
  const parsed = oauthForm(request);
  if ('problem' in parsed) {
    refuse(response, 'invalid_request', parsed.problem, nonce);
    return;
  }
  const form = parsed.form;
  const grantType = form.get('grant_type');
  if (grantType !== TOKEN_EXCHANGE_GRANT) {
    refuse(response, 'unsupported_grant_type', `grant_type must be ${TOKEN_EXCHANGE_GRANT}.`, nonce);
    return;
  }
  const proof = await requestProof(state, national, request);
  if (!proof.ok) {
    refuse(response, proof.error, proof.description, nonce);
    return;
  }
  const subjectToken = form.get('subject_token') ?? '';
  const subject = exchangeable(state, subjectToken);
  if (typeof subject === 'string') {
    refuse(response, 'invalid_grant', subject, nonce);
    return;
  }
  if (subject.grant.launch.fault === 'national_unavailable') {
    const outage = { error: 'temporarily_unavailable', error_description: 'HelseID is down (the launch’s fault).' };
    sendJson(response, 503, outage, { ...NO_STORE, ...nonce });
    return;
  }
  if (form.get('subject_token_type') !== ACCESS_TOKEN_TYPE) {
    refuse(response, 'invalid_request', `subject_token_type must be ${ACCESS_TOKEN_TYPE}.`, nonce);
    return;
  }
  const clientId = form.get('client_id');
  if (clientId !== null && clientId !== subject.grant.clientId) {
    refuse(response, 'invalid_grant', 'The subject token was issued to another client.', nonce);
    return;
  }
  const requestedType = form.get('requested_token_type');
  if (requestedType !== null && requestedType !== ACCESS_TOKEN_TYPE) {
    refuse(response, 'invalid_request', `requested_token_type can only be ${ACCESS_TOKEN_TYPE}.`, nonce);
    return;
  }
  const base = nationalFhirBase(state.origin);
  const targets = [form.get('resource'), form.get('audience')].filter((target) => target !== null);
  if (targets.length === 0 || targets.some((target) => target.replace(/\/$/, '') !== base)) {
    refuse(response, 'invalid_target', `resource (or audience) must name the national FHIR endpoint, ${base}.`, nonce);
    return;
  }
  const requested = splitScopes(form.get('scope'));
  const scopes = requested.length === 0 ? [...NATIONAL_SCOPES] : grantWithin(requested, NATIONAL_SCOPES);
  if (scopes.length === 0) {
    refuse(response, 'invalid_scope', `The national endpoint grants ${NATIONAL_SCOPES.join(' ')}.`, nonce);
    return;
  }

  const now = state.now();
  const lifetime = Math.min(NATIONAL_TOKEN_LIFETIME, Math.floor((subject.expiresAt - now) / 1000));
  const patient = subject.grant.launch.patient ?? '';
  const practitioner = subject.grant.launch.practitioner ?? state.defaultPractitioner;
  const expiresAt = now + lifetime * 1000;
  const accessToken = await state.key.sign(
    {
      iss: helseIdIssuer(state.origin),
      aud: base,
      ...(practitioner !== undefined && { sub: practitioner }),
      client_id: subject.grant.clientId,
      scope: scopes.join(' '),
      patient,
      cnf: { jkt: proof.proof.jkt },
      jti: randomToken(),
    },
    Math.floor(expiresAt / 1000),
    Math.floor(now / 1000),
  );
  national.tokens.add(
    accessToken,
    {
      patient,
      ...(practitioner !== undefined && { practitioner }),
      clientId: subject.grant.clientId,
      scopes,
      jkt: proof.proof.jkt,
      subjectToken,
      expiresAt,
    },
    now,
  );
  sendJson(
    response,
    200,
    {
      access_token: accessToken,
      issued_token_type: ACCESS_TOKEN_TYPE,
      token_type: 'DPoP',
      expires_in: lifetime,
      scope: scopes.join(' '),
      patient,
    },
    { ...NO_STORE, ...nonce },
  );
}

/** The EHR token to exchange, or why it cannot be. */
function exchangeable(state: SandboxState, token: string): AccessToken | string {
  const access = token === '' ? undefined : state.tokens.access(token);
  const fault = access?.grant.launch.fault;
  if (access === undefined || fault === 'request_invalid_token')
    return 'The subject token is not an access token this sandbox issued, or it was revoked.';
  // A token with a second or less left would be exchanged for one that is already expired.
  if (access.expiresAt - state.now() < 1000 || fault === 'request_expired_token')
    return 'The subject token has expired.';
  if (access.grant.launch.patient === undefined)
    return 'The subject token has no patient in context; the national services are for one patient.';
  return access;
}
