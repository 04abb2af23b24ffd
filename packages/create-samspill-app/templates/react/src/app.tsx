// The app page's screens: the patient's name over the medication list, busy while the launch works,
// and the one error screen for any failure of it.
import { Component, use, type ReactNode } from 'react';
import type { FhirSource, Locale } from '@samspill/core/data.js';
// One subpath per component bundles only that one (`@samspill/react` brings them all).
import { FhirContext } from '@samspill/react/fhir-context.js';
import { MedicationList } from '@samspill/react/medication-list.js';
import type { Patient } from 'fhir/r4.js';
import { errorReport } from './errors.js';
import { patientSummary } from './patient.js';
import { texts } from './texts.js';

/** What the launch gives the page: the patient in context and the source, or no patient at all; the EHR's language. */
export type Launched = { readonly locale: Locale } & (
  | { readonly patientId: string; readonly source: FhirSource; readonly patient: Patient }
  | { readonly patientId: undefined }
);

export function App({ launched }: { readonly launched: Promise<Launched> }) {
  const result = use(launched);
  const { locale } = result;
  const t = texts[locale];
  if (result.patientId === undefined) {
    return (
      <main id="main">
        <p role="status">{t.noPatient}</p>
      </main>
    );
  }
  const summary = patientSummary(result.patient, { locale });
  return (
    <>
      <header className="patient-banner" aria-label={t.patient}>
        <h1>{summary.name}</h1>
        <dl>
          {summary.facts.map(({ label, value }) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <main id="main">
        {/* FhirContext gives the components inside it the source, the patient and the language. The
            list brings its own headings (h2) under the patient's name (h1). */}
        <FhirContext source={result.source} patient={result.patientId} locale={locale}>
          <MedicationList />
        </FhirContext>
      </main>
    </>
  );
}

export function Busy({ text }: { readonly text: string }) {
  return (
    <main id="main" aria-busy="true">
      <p role="status">{text}</p>
    </main>
  );
}

/** What happened in the user's language and the error's code; in development, the detail too. */
export function ErrorScreen({ error, locale }: { readonly error: unknown; readonly locale: Locale }) {
  const t = texts[locale];
  const { code, message, detail } = errorReport(error, locale);
  return (
    <main id="main">
      <section className="error" role="alert" aria-labelledby="error-heading" data-error-code={code}>
        <h1 id="error-heading">{t.failed}</h1>
        <p>{message}</p>
        <p>
          <small>
            {t.errorCode}: <code>{code}</code>
          </small>
        </p>
        {import.meta.env.DEV && (
          <details>
            <summary>{t.details}</summary>
            <pre>{detail}</pre>
          </details>
        )}
      </section>
    </main>
  );
}

interface BoundaryState {
  /** Boxed, since anything may be thrown, `undefined` too. */
  readonly failure?: { readonly error: unknown };
}

/** Shows the error screen for whatever a child throws, a rejected launch through `use()` included. */
export class ErrorBoundary extends Component<{ readonly locale: Locale; readonly children: ReactNode }, BoundaryState> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failure: { error } };
  }

  override render(): ReactNode {
    const { failure } = this.state;
    return failure ? <ErrorScreen error={failure.error} locale={this.props.locale} /> : this.props.children;
  }
}
