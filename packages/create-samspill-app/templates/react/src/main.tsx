// index.html, the redirect page: ready() finishes the launch (or resumes it after a reload) and the
// patient in context is read, once, outside React; <App> waits for both under <Suspense>. Any failure
// of the launch or of the patient's read ends on the error screen, through the error boundary.
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTokens } from '@samspill/core/data.js';
import { createSmartSource, ready, smartErrorOf } from '@samspill/smart';
import { App, Busy, ErrorBoundary, type Launched } from './app.js';
import { logError } from './errors.js';
import { readPatient } from './patient.js';
import { pageLocale, texts } from './texts.js';

// The browser's language until the launch says the EHR's (`Launched.locale`).
const locale = pageLocale();
// Started once, outside React: ready() redeems a one-time code, which no render (nor Strict Mode's
// second one) may repeat.
const launched = launchApp();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
createRoot(container, { onCaughtError: logError }).render(
  <StrictMode>
    <ErrorBoundary locale={locale}>
      <Suspense fallback={<Busy text={texts[locale].loading} />}>
        <App launched={launched} />
      </Suspense>
    </ErrorBoundary>
  </StrictMode>,
);

async function launchApp(): Promise<Launched> {
  const session = await ready();
  const launchLocale = pageLocale(session.context.locale ?? locale);
  const patientId = session.context.patient;
  if (patientId === undefined) return { patientId, locale: launchLocale };
  const source = createSmartSource(session);
  // The EHR's colours and fonts, and the patient, at once.
  const [tokens, read] = await Promise.all([session.loadStyle(), readPatient(source, patientId, launchLocale)]);
  // With the session, a 401 after a refused refresh reads as `refresh-failed`.
  if ('failure' in read) throw smartErrorOf(read.failure, session);
  applyTokens(document.documentElement, tokens);
  return { source, patientId, patient: read.patient, locale: launchLocale };
}
