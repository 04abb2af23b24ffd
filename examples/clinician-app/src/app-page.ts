// index.html, the redirect page: ready() finishes the launch (or resumes it after a reload). Then the
// views start loading while the patient and the EHR's style are fetched; the page shows once the
// patient is known. Any failure of the launch or of the patient's read ends on the error screen.
import { sharedCache, type FhirSource } from '@samspill/core/data.js';
import { ready, smartErrorOf, type SmartSession } from '@samspill/smart';
import type { Encounter, Patient, Resource } from 'fhir/r4.js';
import { subscriptionKey } from './config.js';
import { launchDetails } from './launch-details.js';
import { pageLocale } from './page-locale.js';
import { applyEhrStyle } from './page-theme.js';
import { patientBanner } from './patient-banner.js';
import { texts } from './texts.js';
import { element, showBusy, showError } from './views.js';

// The browser's language until the launch context says the EHR's.
let locale = pageLocale();
showBusy(texts[locale].loading);
main().catch((error: unknown) => {
  // Offered only where the server was busy or out of reach. A reload resumes the session ready() kept; if
  // the code exchange itself failed, the launch is spent and the reload ends on "start the app again".
  showError(error, locale, () => {
    location.reload();
  });
});

async function main(): Promise<void> {
  // The components' code loads while ready() exchanges the code for a token, not after it.
  const [session, { clinicalViews }, { appSource }] = await Promise.all([
    ready({ subscriptionKey }),
    import('./clinical-views.js'),
    import('./app-source.js'),
  ]);
  if (session.context.locale !== undefined && session.context.locale !== locale) {
    locale = pageLocale(session.context.locale);
    showBusy(texts[locale].loading);
  }
  const source = appSource(session, locale);
  const id = session.context.patient;
  // Mounted now, hidden: the views load beside the patient's read, never after it. Never moved
  // afterwards either, since a component taken out of the document drops its load.
  const content =
    id === undefined
      ? element('p', { class: 'no-patient', role: 'status' }, texts[locale].noPatient)
      : clinicalViews(source, id, locale);
  const page = element('main', { id: 'main', hidden: '' }, content);
  document.body.append(page);

  // The app pins the theme the EHR's background calls for: its colours are checked against that theme.
  const { fhirUser, encounter } = session.context;
  const [style, patient, user, visit] = await Promise.all([
    session.readStyle({ pinsScheme: true }),
    readPatient(session, source, id),
    readOptional(source, fhirUser && `${fhirUser.resourceType}/${fhirUser.id}`),
    readOptional<Encounter>(source, encounter && `Encounter/${encounter}`),
  ]);
  applyEhrStyle(style);
  // The EHR may show the patient itself (need_patient_banner false); then the app's name heads the page.
  const heading =
    session.context.needPatientBanner && patient
      ? patientBanner(patient, locale)
      : element('h1', { class: 'visually-hidden' }, texts[locale].appTitle);
  document.getElementById('busy')?.remove();
  document.body.prepend(heading);
  page.append(launchDetails(session, locale, { user, encounter: visit, refusedStyle: style.refused }));
  page.hidden = false;
}

/**
 * The patient in context, through the same cache as the views. Without it the app shows nothing:
 * the views must never appear under no name, or under the wrong one.
 */
async function readPatient(
  session: SmartSession,
  source: FhirSource,
  id: string | undefined,
): Promise<Patient | undefined> {
  if (id === undefined) return undefined;
  const result = await sharedCache(source).read<Patient>(`Patient/${id}`);
  // With the session, a 401 after a refused refresh reads as refresh-failed.
  if (result.failure) throw smartErrorOf(result.failure, session);
  return result.resource;
}

/** A resource for the launch details, or nothing when it is not named or cannot be read: they are secondary. */
async function readOptional<T extends Resource = Resource>(
  source: FhirSource,
  reference: string | undefined,
): Promise<T | undefined> {
  if (reference === undefined) return undefined;
  return (await sharedCache(source).read<T>(reference)).resource;
}
