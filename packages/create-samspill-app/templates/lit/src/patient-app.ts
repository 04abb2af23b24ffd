// <patient-app>, the whole of index.html (the redirect page): ready() finishes the launch (or resumes
// it after a reload), the patient in context is read, and the element shows their name over the
// medication list. Any failure of the launch or of the patient's read ends on the error screen.
import '@samspill/core/define.js';
import '@samspill/medication-list/define.js';
import { applyTokens, type FhirSource } from '@samspill/core/data.js';
import { createSmartSource, ready, smartErrorOf } from '@samspill/smart';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorReport, logError } from './errors.js';
import { patientSummary, readPatient, type PatientSummary } from './patient.js';
import { pageLocale, texts } from './texts.js';

type AppState =
  | { readonly status: 'loading' }
  | { readonly status: 'no-patient' }
  | {
      readonly status: 'ready';
      readonly source: FhirSource;
      readonly patientId: string;
      readonly summary: PatientSummary;
    }
  | { readonly status: 'error'; readonly error: unknown };

@customElement('patient-app')
export class PatientApp extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    main,
    .patient-banner {
      padding: 1rem 1.5rem;
    }
    @media (max-width: 40rem) {
      main,
      .patient-banner {
        padding: 0.75rem;
      }
    }
    h1 {
      font-family: var(--sam-font-family-heading, inherit);
    }
    .patient-banner {
      border-bottom: 1px solid var(--sam-color-border, #c7ccd1);
      background: color-mix(in srgb, var(--sam-color-text, #1b1f24) 4%, var(--sam-color-surface, #fff));
    }
    .patient-banner h1 {
      margin: 0;
      font-size: 1.5rem;
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0.25rem 0 0;
    }
    dl > div {
      display: flex;
      gap: 0.35rem;
    }
    dt {
      font-weight: 600;
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
    }
    .error {
      max-width: 40rem;
      border: 1px solid #a3101c;
      border-inline-start-width: 0.3rem;
      border-radius: var(--sam-radius, 0.375rem);
      padding: 0.75rem 1rem;
      background: #fdecee;
      color: var(--sam-color-danger-text, #a3101c);
    }
    .error h1 {
      margin: 0;
      font-size: 1.25rem;
    }
    .error pre {
      white-space: pre-wrap;
      word-break: break-word;
    }
  `;

  @state() private state: AppState = { status: 'loading' };

  /** The browser's language until the launch says the EHR's. */
  @state() private locale = pageLocale();

  /** ready() redeems a one-time code: it must run once, however often the element is connected. */
  private started = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.started) return;
    this.started = true;
    this.start().catch((error: unknown) => {
      logError(error);
      this.state = { status: 'error', error };
    });
  }

  private async start(): Promise<void> {
    const session = await ready();
    this.locale = pageLocale(session.context.locale ?? this.locale);
    const patientId = session.context.patient;
    if (patientId === undefined) {
      this.state = { status: 'no-patient' };
      return;
    }
    const source = createSmartSource(session);
    // The EHR's colours and fonts, and the patient, at once.
    const [tokens, read] = await Promise.all([session.loadStyle(), readPatient(source, patientId, this.locale)]);
    // With the session, a 401 after a refused refresh reads as `refresh-failed`.
    if ('failure' in read) throw smartErrorOf(read.failure, session);
    applyTokens(document.documentElement, tokens);
    this.state = { status: 'ready', source, patientId, summary: patientSummary(read.patient, { locale: this.locale }) };
  }

  protected override render() {
    const t = texts[this.locale];
    switch (this.state.status) {
      case 'loading':
        return html`<main aria-busy="true"><p role="status">${t.loading}</p></main>`;
      case 'no-patient':
        return html`<main><p role="status">${t.noPatient}</p></main>`;
      case 'error':
        return this.renderError(this.state.error);
      case 'ready': {
        const { source, patientId, summary } = this.state;
        // <sam-fhir-context> gives the components inside it the source, the patient and the language.
        // The list brings its own headings (h2) under the patient's name (h1).
        return html`
          <header class="patient-banner" aria-label=${t.patient}>
            <h1>${summary.name}</h1>
            <dl>
              ${summary.facts.map(
                ({ label, value }) =>
                  html`<div>
                    <dt>${label}</dt>
                    <dd>${value}</dd>
                  </div>`,
              )}
            </dl>
          </header>
          <main>
            <sam-fhir-context .source=${source} patient=${patientId} locale=${this.locale}>
              <sam-medication-list></sam-medication-list>
            </sam-fhir-context>
          </main>
        `;
      }
    }
  }

  /** What happened in the user's language and the error's code; in development, the detail too. */
  private renderError(error: unknown) {
    const t = texts[this.locale];
    const { code, message, detail } = errorReport(error, this.locale);
    return html`<main>
      <section class="error" role="alert" aria-labelledby="error-heading" data-error-code=${code}>
        <h1 id="error-heading">${t.failed}</h1>
        <p>${message}</p>
        <p>
          <small>${t.errorCode}: <code>${code}</code></small>
        </p>
        ${
          import.meta.env.DEV
            ? html`<details>
                <summary>${t.details}</summary>
                <pre>${detail}</pre>
              </details>`
            : nothing
        }
      </section>
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'patient-app': PatientApp;
  }
}
