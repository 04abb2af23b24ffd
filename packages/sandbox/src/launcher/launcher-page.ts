import { html, SafeHtml } from './html.js';
import type { LaunchRequest } from './launch-request.js';
import type { LauncherChoices } from './launcher-choices.js';

export type LauncherLocale = 'nb' | 'en';

const TEXT = {
  nb: {
    title: 'Samspill sandkasse – EHR-launcher',
    intro: 'Velg pasient, kontekst, EHR-personlighet og eventuell feil, og start appen slik en journal ville gjort.',
    app: 'Appens launch-URL',
    patient: 'Pasient',
    practitioner: 'Innlogget helsepersonell',
    encounter: 'Kontakt',
    none: 'Ingen',
    personality: 'EHR-personlighet',
    role: 'DIPS-rolle: organisasjon / avdeling',
    roleHint: 'Gjelder dips: enheten brukeren er logget inn på, som token-svaret viser i dips_role.',
    fault: 'Feil å simulere',
    noFault: 'Ingen feil',
    launch: 'Start appen',
    log: 'Forespørsler',
    logEmpty: 'Ingen forespørsler ennå.',
    columns: ['Tid', 'Metode', 'Sti', 'Status', 'ms'],
    language: 'English',
    error: 'Kunne ikke starte',
    deepLink: 'Lenke som starter direkte',
  },
  en: {
    title: 'Samspill sandbox – EHR launcher',
    intro: 'Pick a patient, context, EHR personality and any fault, then launch the app the way an EHR would.',
    app: "The app's launch URL",
    patient: 'Patient',
    practitioner: 'Signed-in practitioner',
    encounter: 'Encounter',
    none: 'None',
    personality: 'EHR personality',
    role: 'DIPS role: organisation / department',
    roleHint: 'For dips: the unit the user is logged in to, which the token response shows in dips_role.',
    fault: 'Fault to simulate',
    noFault: 'No fault',
    launch: 'Launch the app',
    log: 'Requests',
    logEmpty: 'No requests yet.',
    columns: ['Time', 'Method', 'Path', 'Status', 'ms'],
    language: 'Norsk',
    error: 'Could not launch',
    deepLink: 'Link that launches directly',
  },
} as const;

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1b1f24; background: #f6f7f9; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; display: grid; gap: 1.5rem; }
  header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
  h1 { margin: 0; font-size: 1.5rem; }
  form, section { background: #fff; border: 1px solid #c7ccd1; border-radius: 0.5rem; padding: 1rem 1.25rem; }
  form { display: grid; gap: 1rem; }
  label, legend { font-weight: 600; display: block; margin-bottom: 0.25rem; }
  input[type=url], select { font: inherit; width: 100%; padding: 0.5rem; border: 1px solid #6b7580; border-radius: 0.375rem; box-sizing: border-box; }
  fieldset { border: 0; padding: 0; margin: 0; }
  .choices { display: flex; gap: 1rem; flex-wrap: wrap; }
  .choices label { font-weight: 400; display: inline-flex; gap: 0.35rem; }
  button { font: inherit; font-weight: 600; padding: 0.6rem 1.25rem; border: 0; border-radius: 0.375rem; background: #1f5fbf; color: #fff; cursor: pointer; justify-self: start; }
  :focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
  .error { border: 1px solid #a3101c; border-inline-start-width: 0.3rem; background: #fdecee; color: #a3101c; padding: 0.75rem 1rem; border-radius: 0.375rem; }
  .hint { color: #505a66; font-size: 0.875rem; margin: 0.25rem 0 0; }
  table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
  th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e1e4e8; }
  td.path { font-family: ui-monospace, monospace; word-break: break-all; }
`;

/** Polls the request log and fills the table with text nodes only: paths come from clients. */
export const LOG_SCRIPT = `
  const body = document.querySelector('#log tbody');
  const empty = document.querySelector('#log-empty');
  async function refresh() {
    try {
      const entries = await (await fetch('launcher/log', { cache: 'no-store' })).json();
      empty.hidden = entries.length > 0;
      body.replaceChildren(...entries.slice(-50).reverse().map((entry) => {
        const row = document.createElement('tr');
        for (const value of [new Date(entry.time).toLocaleTimeString(document.documentElement.lang), entry.method, entry.path, entry.status, entry.duration]) {
          const cell = document.createElement('td');
          cell.textContent = String(value);
          row.append(cell);
        }
        row.children[2].className = 'path';
        return row;
      }));
    } catch {}
  }
  refresh();
  setInterval(refresh, 1500);
`;

export interface LauncherPageModel {
  readonly choices: LauncherChoices;
  readonly selected: Partial<LaunchRequest>;
  readonly locale: LauncherLocale;
  readonly error?: string;
}

/** The launcher: one form that becomes a deep link (`/launcher?app=…`), and the live request log. */
export function renderLauncherPage({ choices, selected, locale, error }: LauncherPageModel): string {
  const t = TEXT[locale];
  const other: LauncherLocale = locale === 'nb' ? 'en' : 'nb';
  const option = (value: string, label: string, current: string | undefined): SafeHtml =>
    html`<option value="${value}" ${current === value ? html`selected` : ''}>${label}</option>`;
  const page = html`<!doctype html>
    <html lang="${locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t.title}</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        <main>
          <header>
            <h1>${t.title}</h1>
            <a href="${otherLanguage(selected, other)}" lang="${other}">${t.language}</a>
          </header>
          <p>${t.intro}</p>
          ${error ? html`<p class="error" role="alert"><strong>${t.error}:</strong> ${error}</p>` : ''}
          <form method="get" action="launcher">
            <input type="hidden" name="lang" value="${locale}" />
            <div>
              <label for="app">${t.app}</label>
              <input
                id="app"
                name="app"
                type="url"
                required
                value="${selected.app ?? ''}"
                placeholder="http://127.0.0.1:5173/launch.html"
              />
              <p class="hint">
                ${t.deepLink}: <code>/launcher?app=…&amp;patient=…&amp;personality=…&amp;role=…&amp;fault=…</code>
              </p>
            </div>
            <div>
              <label for="patient">${t.patient}</label>
              <select id="patient" name="patient">
                ${choices.patients.map((p) => option(p.id, p.label, selected.patient))}
              </select>
            </div>
            <div>
              <label for="practitioner">${t.practitioner}</label>
              <select id="practitioner" name="practitioner">
                ${option('', t.none, selected.practitioner ?? '')}
                ${choices.practitioners.map((p) => option(p.id, p.label, selected.practitioner))}
              </select>
            </div>
            <div>
              <label for="encounter">${t.encounter}</label>
              <select id="encounter" name="encounter">
                ${option('', t.none, selected.encounter ?? '')}
                ${choices.patients.map((patient) => {
                  const encounters = choices.encounters.filter((e) => e.patient === patient.id);
                  return encounters.length === 0
                    ? ''
                    : html`<optgroup label="${patient.label}">
                        ${encounters.map((e) => option(e.id, e.label, selected.encounter))}
                      </optgroup>`;
                })}
              </select>
            </div>
            <fieldset>
              <legend>${t.personality}</legend>
              <div class="choices">
                ${choices.personalities.map(
                  (name) =>
                    html`<label
                      ><input
                        type="radio"
                        name="personality"
                        value="${name}"
                        ${(selected.personality ?? 'smart-v2') === name ? html`checked` : ''}
                      />
                      ${name}</label
                    >`,
                )}
              </div>
            </fieldset>
            ${
              choices.roles.length === 0
                ? ''
                : html`<div>
                    <label for="role">${t.role}</label>
                    <select id="role" name="role" aria-describedby="role-hint">
                      ${choices.roles.map((r) => option(r.id, r.label, selected.role))}
                    </select>
                    <p class="hint" id="role-hint">${t.roleHint}</p>
                  </div>`
            }
            <div>
              <label for="fault">${t.fault}</label>
              <select id="fault" name="fault">
                ${option('', t.noFault, selected.fault ?? '')}
                ${choices.faults.map((f) => option(f.name, `${f.name} – ${f.description[locale]}`, selected.fault))}
              </select>
            </div>
            <button type="submit">${t.launch}</button>
          </form>
          <section aria-labelledby="log-heading">
            <h2 id="log-heading">${t.log}</h2>
            <p id="log-empty">${t.logEmpty}</p>
            <table id="log">
              <thead>
                <tr>
                  ${t.columns.map((column) => html`<th scope="col">${column}</th>`)}
                </tr>
              </thead>
              <tbody></tbody>
            </table>
          </section>
        </main>
        <script type="module" src="launcher/log.js"></script>
      </body>
    </html>`;
  return page.value;
}

/** The same page in the other language, with the choices made so far (and never a launch). */
function otherLanguage(selected: Partial<LaunchRequest>, locale: LauncherLocale): string {
  const query = new URLSearchParams({ lang: locale });
  if (selected.app !== undefined) query.set('form', '');
  for (const [name, value] of Object.entries(selected))
    if (name !== 'lang' && typeof value === 'string') query.set(name, value);
  return `?${query.toString()}`;
}
