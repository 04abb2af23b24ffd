// `/launcher`: the page to pick a launch, the deep link that performs one, and the live request log.
import type { Resource } from 'fhir/r4.js';
import { FAULTS, isFault } from '../faults.js';
import { redirect, sendHtml, sendJson, type Request, type Response } from '../http.js';
import { createLaunchIn } from '../launch-endpoint.js';
import { DIPS_ROLES, roleLabel } from '../personalities/dips-roles.js';
import { PERSONALITIES } from '../personalities/index.js';
import { PERSONALITY_NAMES, type PersonalityName } from '../personalities/personality-name.js';
import type { SandboxState } from '../state.js';
import { readLaunchRequest } from './launch-request.js';
import { launchTargetProblem } from './launch-target.js';
import { launcherChoices, type LauncherChoices } from './launcher-choices.js';
import { LOG_SCRIPT, renderLauncherPage, type LauncherLocale } from './launcher-page.js';

/** Resource types a `forbidden_type:` fault is offered for on the page (deep links may name any). */
const FORBIDDEN_TYPES = ['MedicationStatement', 'MedicationRequest', 'CarePlan', 'Encounter', 'Observation'];

export async function launcherEndpoint(state: SandboxState, request: Request, response: Response): Promise<void> {
  const path = request.url.pathname;
  if (path === '/launcher/log') {
    sendJson(response, 200, state.log, { 'Cache-Control': 'no-store' });
    return;
  }
  if (path === '/launcher/log.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(LOG_SCRIPT);
    return;
  }
  if (path !== '/launcher') {
    sendJson(response, 404, { error: `Nothing at ${path}.` });
    return;
  }

  const query = request.url.searchParams;
  const locale: LauncherLocale = query.get('lang') === 'en' ? 'en' : 'nb';
  const choices = await choicesOf(state);
  const page = (status: number, error?: string) => {
    const selected = Object.fromEntries([...query].filter(([, value]) => value !== ''));
    sendHtml(response, status, renderLauncherPage({ choices, selected, locale, ...(error ? { error } : {}) }), {
      script: true,
    });
  };
  // `?form` shows the form with the link's choices filled in (the CLI's `--app`) instead of launching.
  if (!query.has('app') || query.has('form')) {
    page(200);
    return;
  }
  const result = readLaunchRequest(query, choices, isFault);
  if ('error' in result) {
    page(400, result.error);
    return;
  }
  const { app, patient, practitioner, encounter, personality, fault, role } = result.request;
  const refused = launchTargetProblem(new URL(app), state.launchUrls);
  if (refused !== undefined) {
    page(400, refused);
    return;
  }
  const launch = createLaunchIn(state, {
    personality: personality as PersonalityName,
    patient,
    ...(practitioner ? { practitioner } : {}),
    ...(encounter ? { encounter } : {}),
    ...(fault && isFault(fault) ? { fault } : {}),
    // The form always sends a role; only a personality with roles (dips) has one to take.
    ...(role && PERSONALITIES[personality as PersonalityName].roles ? { role } : {}),
  });
  const target = new URL(app);
  target.searchParams.set('iss', launch.iss);
  target.searchParams.set('launch', launch.launch);
  redirect(response, target.href);
}

async function choicesOf(state: SandboxState): Promise<LauncherChoices> {
  const all = async (type: Resource['resourceType']): Promise<Resource[]> =>
    (await state.source.search(type)).resources;
  const [patients, practitioners, encounters] = await Promise.all([
    all('Patient'),
    all('Practitioner'),
    all('Encounter'),
  ]);
  const faults = Object.entries(FAULTS).flatMap(([name, description]) =>
    name.includes('<')
      ? FORBIDDEN_TYPES.map((type) => ({ name: `forbidden_type:${type}`, description }))
      : [{ name, description }],
  );
  const roles = DIPS_ROLES.map((role) => ({ id: role.id, label: roleLabel(role) }));
  return launcherChoices([...patients, ...practitioners, ...encounters], PERSONALITY_NAMES, faults, roles);
}
