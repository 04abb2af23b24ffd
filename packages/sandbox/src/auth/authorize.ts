// The authorization endpoint (GET and form POST). Until the client and its redirect URI are known to
// be good, errors are shown as a page; after that they go back to the app as OAuth errors.
import type { Patient } from 'fhir/r4.js';
import { formOf, redirect, sendHtml, type Request, type Response } from '../http.js';
import type { LaunchContext } from '../launches.js';
import { percentDecodable } from '../percent-encoding.js';
import type { Personality } from '../personalities/personality.js';
import { hasScope, splitScopes } from '../scopes.js';
import type { SandboxState } from '../state.js';
import { errorPage, redirectWithError } from './oauth-error.js';
import { PICKED_PATIENT, PICKED_ROLE, patientPickerPage } from './patient-picker.js';

export async function authorize(
  state: SandboxState,
  personality: Personality,
  request: Request,
  response: Response,
): Promise<void> {
  if (request.method !== 'GET' && !percentDecodable(request.body)) {
    errorPage(response, 'Skjemaet har prosentkoding som ikke kan leses som UTF-8.');
    return;
  }
  const params = formOf(request);
  const clientId = params.get('client_id') ?? '';
  const redirectUri = params.get('redirect_uri') ?? '';
  const client = state.clients.get(clientId);
  const launchId = params.get('launch');
  const launch = launchId === null ? undefined : state.launches.get(launchId);
  const fault = launch?.fault;

  if (!client || fault === 'auth_invalid_client_id') {
    errorPage(response, `Ukjent klient-id «${clientId}».`);
    return;
  }
  if (
    !validUrl(redirectUri) ||
    !state.clients.redirectAllowed(client, redirectUri) ||
    fault === 'auth_invalid_redirect_uri'
  ) {
    errorPage(response, `Redirect-URI-en «${redirectUri}» er ikke registrert for klienten «${clientId}».`);
    return;
  }

  const appState = params.get('state');
  const fail = (error: Parameters<typeof redirectWithError>[2], description: string): void => {
    redirectWithError(response, redirectUri, error, description, appState);
  };
  const responseType = params.get('response_type');
  if (responseType === null) {
    fail('invalid_request', 'response_type is required.');
    return;
  }
  if (responseType !== 'code') {
    fail('unsupported_response_type', "response_type must be 'code'.");
    return;
  }
  const aud = params.get('aud') ?? params.get('resource');
  if (aud === null) {
    fail('invalid_request', 'The aud parameter is required.');
    return;
  }
  if (aud.replace(/\/$/, '') !== state.origin + personality.paths.fhir) {
    fail('invalid_request', `aud '${aud}' is not this server's FHIR base.`);
    return;
  }
  const method = params.get('code_challenge_method');
  const challenge = params.get('code_challenge');
  if (method !== null && method !== 'S256') {
    fail('invalid_request', `code_challenge_method '${method}' is not supported; use S256.`);
    return;
  }
  if (
    personality.pkce === 'S256' &&
    (challenge === null || !/^[A-Za-z0-9\-_]{43}$/.test(challenge) || method === null)
  ) {
    fail('invalid_request', 'PKCE is required: send code_challenge with code_challenge_method=S256.');
    return;
  }
  if (launchId !== null && launch?.personality !== personality.name) {
    fail('invalid_request', 'The launch parameter is unknown or belongs to another EHR.');
    return;
  }
  const requested = splitScopes(params.get('scope'));
  if (requested.length === 0 || fault === 'auth_invalid_scope') {
    fail('invalid_scope', 'The requested scopes are not allowed.');
    return;
  }

  const context = launch ?? (await standaloneLaunch(state, personality, request, response, params, requested));
  if (!context) return;

  const code = state.tokens.issueCode({
    grant: {
      clientId,
      personality: personality.name,
      scopes: personality.grantedScopes(requested, client),
      launch: context,
      ...(params.get('nonce') !== null && { nonce: params.get('nonce') ?? '' }),
    },
    redirectUri,
    ...(appState !== null && { state: appState }),
    // Oracle Health implements no PKCE: a challenge sent there is ignored, as the real server does.
    ...(personality.pkce === 'S256' && challenge !== null && { codeChallenge: challenge }),
  });
  const target = new URL(redirectUri);
  target.searchParams.set('code', code);
  if (appState !== null) target.searchParams.set('state', appState);
  redirect(response, target.href);
}

/**
 * A standalone launch: the picked patient (with `launch/patient`) and, where the EHR has roles, the
 * picked role; or the login page (undefined) while one of them is still to pick.
 */
async function standaloneLaunch(
  state: SandboxState,
  personality: Personality,
  request: Request,
  response: Response,
  params: URLSearchParams,
  requested: readonly string[],
): Promise<LaunchContext | undefined> {
  const practitioner = state.defaultPractitioner;
  const roles = personality.roles;
  const role = roles?.find((candidate) => candidate.id === params.get(PICKED_ROLE));
  const needsPatient = hasScope(requested, 'launch/patient');
  const picked = params.get(PICKED_PATIENT);
  const patient =
    needsPatient && picked !== null && (await state.source.read(`Patient/${picked}`)).resource ? picked : undefined;
  if ((roles === undefined || role !== undefined) && (!needsPatient || patient !== undefined)) {
    return state.launches.create({
      personality: personality.name,
      ...(practitioner !== undefined && { practitioner }),
      ...(patient !== undefined && { patient }),
      ...(role !== undefined && { role: role.id }),
    });
  }
  const patients = needsPatient
    ? (await state.source.search<Patient>('Patient', { _count: 100 }, { pageLimit: 1 })).resources
    : undefined;
  const all = new URLSearchParams(request.method === 'GET' ? request.url.searchParams : params);
  const choices = { ...(patients !== undefined && { patients }), ...(roles !== undefined && { roles }) };
  sendHtml(response, 200, patientPickerPage(personality.paths.authorize, all, choices));
  return undefined;
}

function validUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
  } catch {
    return false;
  }
}
