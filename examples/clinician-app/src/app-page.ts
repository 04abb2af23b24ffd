// index.html, the redirect page: ready() finishes the launch (or resumes it after a reload), then the
// patient banner and the launch context. Any failure ends on the error screen.
import {
  applyTokens,
  formatAge,
  formatHumanName,
  formatIdentifier,
  formatIdentifierLabel,
  identifierKind,
  type Locale,
} from '@samspill/core/data.js';
import { createSmartSource, ready, smartErrorOf, type SmartSession } from '@samspill/smart';
import type { Patient } from 'fhir/r4';
import { pageLocale } from './page-locale.js';
import { texts } from './texts.js';
import { element, showBusy, showError } from './views.js';

const locale = pageLocale();
showBusy(texts[locale].loading);
main().catch((error: unknown) => {
  showError(error, locale);
});

async function main(): Promise<void> {
  const session = await ready();
  const [tokens, patient] = await Promise.all([session.loadStyle(), readPatient(session)]);
  applyTokens(document.documentElement, tokens);
  // The EHR may show the patient itself (need_patient_banner false); then the context heads the page.
  const banner = session.context.needPatientBanner && patient ? patientBanner(patient, locale) : undefined;
  document.body.replaceChildren(
    ...(banner ? [banner] : []),
    element('main', { id: 'main' }, launchContext(session, locale, banner === undefined)),
  );
}

/** The patient in context; a launch without one has none to show. */
async function readPatient(session: SmartSession): Promise<Patient | undefined> {
  const id = session.context.patient;
  if (id === undefined) return undefined;
  const result = await createSmartSource(session).read<Patient>(`Patient/${id}`);
  // With the session, a 401 after a refused refresh reads as refresh-failed.
  if (result.failure) throw smartErrorOf(result.failure, session);
  return result.resource;
}

function patientBanner(patient: Patient, locale: Locale): HTMLElement {
  const t = texts[locale];
  // The fødselsnummer or D-nummer, masked by formatIdentifier; whatever else identifies the patient otherwise.
  const identifier =
    patient.identifier?.find((candidate) => ['fnr', 'dnr'].includes(identifierKind(candidate))) ??
    patient.identifier?.[0];
  const facts: [string, string][] = [
    [formatIdentifierLabel(identifier, { locale }), formatIdentifier(identifier, { locale })],
    [t.age, formatAge(patient.birthDate, { locale })],
  ];
  return element(
    'header',
    { class: 'patient-banner', 'aria-label': t.patient },
    element('h1', { class: 'patient-name' }, formatHumanName(patient.name, { locale }) || t.unnamed),
    factList(facts.filter(([, value]) => value !== '')),
  );
}

// What the components of issue 9 (medication list, care plan, timeline) will sit beside; for now
// the launch context, so a launch can be checked by eye.
function launchContext(session: SmartSession, locale: Locale, topLevel: boolean): HTMLElement {
  const t = texts[locale];
  const { context } = session;
  const user = context.fhirUser ? `${context.fhirUser.resourceType}/${context.fhirUser.id}` : t.none;
  return element(
    'section',
    { class: 'launch-context', 'aria-labelledby': 'context-heading' },
    element(topLevel ? 'h1' : 'h2', { id: 'context-heading' }, t.launchContext),
    factList([
      [t.vendor, session.vendor],
      [t.user, user],
      [t.encounter, context.encounter ?? t.none],
      [t.scopes, String(context.scopes.list.length)],
    ]),
  );
}

function factList(facts: readonly (readonly [string, string])[]): HTMLElement {
  return element(
    'dl',
    {},
    ...facts.map(([term, value]) => element('div', {}, element('dt', {}, term), element('dd', {}, value))),
  );
}
