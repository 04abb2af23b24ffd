// index.html, the redirect page: ready() finishes the launch (or resumes it after a reload), then the
// patient is read and the page shows, in React. Any failure ends on the error screen.
import { StrictMode, Suspense, use } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTokens, sharedCache, type FhirSource } from '@samspill/core/data.js';
import { createSmartSource, ready, smartErrorOf, type SmartSession } from '@samspill/smart';
import type { Patient } from 'fhir/r4.js';
// The clinician app's words, configuration and look: this is the same screen, rendered by React.
import '../../clinician-app/src/app.css';
import { pageLocale } from '../../clinician-app/src/page-locale.js';
import { texts } from '../../clinician-app/src/texts.js';
import { ClinicalViews } from './clinical-views.js';
import { PatientBanner } from './patient-banner.js';
import { Busy, LaunchErrorBoundary, logLaunchError } from './screens.js';

interface Launched {
  readonly session: SmartSession;
  readonly source: FhirSource;
  readonly patient: Patient | undefined;
}

const locale = pageLocale();
// Started once, outside React: ready() redeems a one-time code, which no render (nor Strict Mode's
// second one) may repeat.
const launched = launchApp();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container, { onCaughtError: logLaunchError }).render(
  <StrictMode>
    <LaunchErrorBoundary locale={locale}>
      <Suspense fallback={<Busy text={texts[locale].loading} />}>
        <App launched={launched} />
      </Suspense>
    </LaunchErrorBoundary>
  </StrictMode>,
);

async function launchApp(): Promise<Launched> {
  const session = await ready();
  const source = createSmartSource(session);
  const [tokens, patient] = await Promise.all([session.loadStyle(), readPatient(session, source)]);
  applyTokens(document.documentElement, tokens);
  return { session, source, patient };
}

/**
 * The patient in context, through the same cache as the views. Without it the app shows nothing:
 * the views must never appear under no name, or under the wrong one.
 */
async function readPatient(session: SmartSession, source: FhirSource): Promise<Patient | undefined> {
  const id = session.context.patient;
  if (id === undefined) return undefined;
  const result = await sharedCache(source).read<Patient>(`Patient/${id}`);
  // With the session, a 401 after a refused refresh reads as refresh-failed.
  if (result.failure) throw smartErrorOf(result.failure, session);
  return result.resource;
}

function App({ launched }: { readonly launched: Promise<Launched> }) {
  const { session, source, patient } = use(launched);
  const t = texts[locale];
  const id = session.context.patient;
  return (
    <>
      {/* The EHR may show the patient itself (need_patient_banner false); then the app's name heads the page. */}
      {session.context.needPatientBanner && patient ? (
        <PatientBanner patient={patient} locale={locale} />
      ) : (
        <h1 className="visually-hidden">{t.appTitle}</h1>
      )}
      <main id="main">
        {id === undefined ? (
          <p className="no-patient" role="status">
            {t.noPatient}
          </p>
        ) : (
          <ClinicalViews source={source} patient={id} locale={locale} />
        )}
      </main>
    </>
  );
}
