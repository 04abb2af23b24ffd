// index.html, the redirect page: ready() finishes the launch (or resumes it after a reload), the
// patient in context is read, and the page shows their name over the medication list. Any failure of
// the launch or of the patient's read ends on the error screen.
import '@samspill/core/define.js';
import '@samspill/medication-list/define.js';
import { applyTokens, type Locale } from '@samspill/core/data.js';
import { createSmartSource, ready, smartErrorOf } from '@samspill/smart';
import { patientSummary, readPatient, type PatientSummary } from './patient.js';
import { element, showBusy, showError } from './screens.js';
import { pageLocale, texts } from './texts.js';

// The browser's language until the launch says the EHR's.
let locale = pageLocale();
showBusy(texts[locale].loading);
main().catch((error: unknown) => {
  showError(error, locale);
});

async function main(): Promise<void> {
  const session = await ready();
  locale = pageLocale(session.context.locale ?? locale);
  const t = texts[locale];
  const patientId = session.context.patient;
  if (patientId === undefined) {
    document.body.replaceChildren(element('main', { id: 'main' }, element('p', { role: 'status' }, t.noPatient)));
    return;
  }
  const source = createSmartSource(session);
  // The EHR's colours and fonts, and the patient, at once.
  const [tokens, read] = await Promise.all([session.loadStyle(), readPatient(source, patientId, locale)]);
  // With the session, a 401 after a refused refresh reads as `refresh-failed`.
  if ('failure' in read) throw smartErrorOf(read.failure, session);
  applyTokens(document.documentElement, tokens);

  // <sam-fhir-context> gives the components inside it the source, the patient and the language.
  const context = element('sam-fhir-context', { patient: patientId, locale });
  context.source = source;
  context.append(element('sam-medication-list'));
  document.body.replaceChildren(
    patientBanner(patientSummary(read.patient, { locale }), locale),
    // The list brings its own headings (h2) under the patient's name (h1).
    element('main', { id: 'main' }, context),
  );
}

/** The patient's name, masked fødselsnummer and age, heading the page. */
function patientBanner(summary: PatientSummary, locale: Locale): HTMLElement {
  return element(
    'header',
    { class: 'patient-banner', 'aria-label': texts[locale].patient },
    element('h1', {}, summary.name),
    element(
      'dl',
      {},
      ...summary.facts.map(({ label, value }) =>
        element('div', {}, element('dt', {}, label), element('dd', {}, value)),
      ),
    ),
  );
}
