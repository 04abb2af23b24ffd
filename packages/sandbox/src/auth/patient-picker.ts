// The login page of a standalone launch: the user chooses the patient (with `launch/patient`), as in an
// EHR's patient search, and, where the EHR has roles (DIPS), the organisation and department to work
// in. A plain form that posts the authorize request back with the choices added.
import type { Patient } from 'fhir/r4.js';
import { escapeHtml } from '../http.js';
import { roleLabel, type DipsRole } from '../personalities/dips-roles.js';

export const PICKED_PATIENT = 'samspill_patient';
export const PICKED_ROLE = 'samspill_role';

/** What the page asks for; each list left out is not asked. */
export interface LoginChoices {
  readonly patients?: readonly Patient[];
  readonly roles?: readonly DipsRole[];
}

export function patientPickerPage(action: string, params: URLSearchParams, choices: LoginChoices): string {
  const hidden = [...params]
    .filter(([name]) => name !== PICKED_PATIENT && name !== PICKED_ROLE)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const roles = choices.roles
    ?.map((role, index) => radio(PICKED_ROLE, role.id, roleLabel(role), `RESH ${role.department.resh}`, index === 0))
    .join('');
  const patients = choices.patients
    ?.filter((patient) => patient.id !== undefined)
    .map((patient, index) => radio(PICKED_PATIENT, patient.id ?? '', nameOf(patient), patient.id ?? '', index === 0))
    .join('');
  const title = roles === undefined ? 'Velg pasient' : 'Logg inn';
  return (
    `<!doctype html><html lang="nb"><meta charset="utf-8"><title>${title}</title>` +
    `<h1>${title}</h1><form method="post" action="${escapeHtml(action)}">${hidden}` +
    (roles === undefined
      ? ''
      : `<fieldset><legend>Rolle: organisasjon og avdeling</legend><ul>${roles}</ul></fieldset>`) +
    (patients === undefined ? '' : `<fieldset><legend>Pasienter</legend><ul>${patients}</ul></fieldset>`) +
    `<button type="submit">Åpne appen</button></form></html>`
  );
}

function radio(name: string, value: string, label: string, note: string, checked: boolean): string {
  return (
    `<li><label><input type="radio" name="${name}" value="${escapeHtml(value)}"${checked ? ' checked' : ''}> ` +
    `${escapeHtml(label)} <small>(${escapeHtml(note)})</small></label></li>`
  );
}

function nameOf(patient: Patient): string {
  const name = patient.name?.[0];
  if (!name) return 'Uten navn';
  return name.text ?? [...(name.given ?? []), name.family ?? ''].join(' ').trim();
}
