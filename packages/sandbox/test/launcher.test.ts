import type { Encounter, Patient, Practitioner } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../src/http.js';
import { readLaunchRequest } from '../src/launcher/launch-request.js';
import { launcherChoices } from '../src/launcher/launcher-choices.js';
import { renderLauncherPage } from '../src/launcher/launcher-page.js';

const HOSTILE = '<script>alert(1)</script>"\'';

const patients: Patient[] = [
  { resourceType: 'Patient', id: 'kari', name: [{ given: ['Kari'], family: 'Nordmann' }], birthDate: '1948-05-07' },
  { resourceType: 'Patient', id: 'ola', name: [{ given: ['Ola'], family: HOSTILE }] },
];
const practitioner: Practitioner = {
  resourceType: 'Practitioner',
  id: 'lege',
  name: [{ given: ['Lise'], family: 'Lege' }],
};
const encounter: Encounter = {
  resourceType: 'Encounter',
  id: 'e1',
  status: 'finished',
  class: { code: 'AMB', display: 'Poliklinikk' },
  subject: { reference: 'Patient/kari' },
  period: { start: '2026-10-01T09:00:00+02:00' },
};
const FAULTS = [{ name: 'server_error', description: { nb: 'Svarer 500', en: 'Answers 500' } }];
const ROLES = [
  { id: 'sunniva-geriatri', label: 'St. Sunnivas hospital HF / Geriatrisk avdeling' },
  { id: 'sunniva-hjerte', label: 'St. Sunnivas hospital HF / Hjerteavdelingen' },
];
const choices = launcherChoices(
  [...patients, practitioner, encounter],
  ['smart-v2', 'epic', 'oracle-health', 'dips'],
  FAULTS,
  ROLES,
);

const query = (params: Record<string, string>) => new URLSearchParams(params);

describe('launcherChoices', () => {
  it('labels patients by name and birth date, and encounters by type and date', () => {
    expect(choices.patients[0]).toEqual({ id: 'kari', label: 'Kari Nordmann, 7. mai 1948' });
    expect(choices.practitioners).toEqual([{ id: 'lege', label: 'Lise Lege' }]);
    expect(choices.encounters).toEqual([
      { id: 'e1', patient: 'kari', label: 'Poliklinikk, fra 1. oktober 2026 kl. 09:00' },
    ]);
  });
});

describe('readLaunchRequest', () => {
  it('fills in the first patient, smart-v2 and no fault when they are left out', () => {
    expect(readLaunchRequest(query({ app: 'http://127.0.0.1:5173/launch.html' }), choices)).toEqual({
      request: { app: 'http://127.0.0.1:5173/launch.html', patient: 'kari', personality: 'smart-v2' },
    });
  });

  it('takes every choice from the link', () => {
    const result = readLaunchRequest(
      query({
        app: 'http://localhost:8080/launch',
        patient: 'kari',
        personality: 'epic',
        practitioner: 'lege',
        encounter: 'e1',
        fault: 'server_error',
        role: 'sunniva-hjerte',
      }),
      choices,
    );
    expect(result).toEqual({
      request: {
        app: 'http://localhost:8080/launch',
        patient: 'kari',
        personality: 'epic',
        practitioner: 'lege',
        encounter: 'e1',
        fault: 'server_error',
        role: 'sunniva-hjerte',
      },
    });
  });

  it.each([
    [{ app: 'javascript:alert(1)' }, /http or https/],
    [{ app: 'not a url' }, /launch URL/],
    [{ app: 'http://x/', patient: 'nobody' }, /Unknown patient "nobody"/],
    [{ app: 'http://x/', personality: 'cerner-classic' }, /Unknown personality/],
    [{ app: 'http://x/', fault: 'meteor' }, /Unknown fault/],
    [{ app: 'http://x/', patient: 'ola', encounter: 'e1' }, /Unknown encounter/],
    [{ app: 'http://x/', personality: 'dips', role: 'sjefen' }, /Unknown role "sjefen"/],
  ])('refuses %j rather than guessing', (params, message) => {
    const result = readLaunchRequest(query(params), choices);
    expect('error' in result && result.error).toMatch(message);
  });
});

describe('renderLauncherPage', () => {
  it('shows every choice, in the chosen language', () => {
    const page = renderLauncherPage({ choices, selected: { personality: 'epic' }, locale: 'nb' });
    expect(page).toContain('<html lang="nb">');
    expect(page).toContain('Kari Nordmann, 7. mai 1948');
    expect(page).toMatch(/name="personality"\s+value="epic"\s+checked/);
    expect(page).not.toMatch(/value="smart-v2"\s+checked/);
    expect(page).toContain('server_error – Svarer 500');
    expect(page).toContain('DIPS-rolle: organisasjon / avdeling');
    expect(page).toMatch(/<option value="sunniva-geriatri"\s*>St. Sunnivas hospital HF \/ Geriatrisk avdeling/);
    const chosen = renderLauncherPage({ choices, selected: { role: 'sunniva-hjerte' }, locale: 'en' });
    expect(chosen).toMatch(/<option value="sunniva-hjerte"\s+selected\s*>/);
    expect(chosen).toContain('DIPS role: organisation / department');
    expect(renderLauncherPage({ choices, selected: {}, locale: 'en' })).toContain('Launch the app');
  });

  it('escapes names and errors from the data instead of running them', () => {
    const page = renderLauncherPage({ choices, selected: { app: HOSTILE }, locale: 'en', error: HOSTILE });
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain(escapeHtml(HOSTILE));
  });
});
