// Standalone launch with `launch/patient`: the user chooses the patient, as in an EHR's patient search.
// A plain form that posts the authorize request back with the choice added.
import type { Patient } from 'fhir/r4.js';
import { escapeHtml } from '../http.js';

export const PICKED_PATIENT = 'samspill_patient';

export function patientPickerPage(action: string, params: URLSearchParams, patients: readonly Patient[]): string {
  const hidden = [...params]
    .filter(([name]) => name !== PICKED_PATIENT)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const options = patients
    .filter((patient) => patient.id !== undefined)
    .map((patient, index) => {
      const id = escapeHtml(patient.id ?? '');
      return (
        `<li><label><input type="radio" name="${PICKED_PATIENT}" value="${id}"${index === 0 ? ' checked' : ''}> ` +
        `${escapeHtml(nameOf(patient))} <small>(${id})</small></label></li>`
      );
    })
    .join('');
  return (
    `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Velg pasient</title>` +
    `<h1>Velg pasient</h1><form method="post" action="${escapeHtml(action)}">${hidden}` +
    `<fieldset><legend>Pasienter</legend><ul>${options}</ul></fieldset>` +
    `<button type="submit">Åpne appen</button></form></html>`
  );
}

function nameOf(patient: Patient): string {
  const name = patient.name?.[0];
  if (!name) return 'Uten navn';
  return name.text ?? [...(name.given ?? []), name.family ?? ''].join(' ').trim();
}
