// The screens around the views: busy while the launch works, and the one error screen for any failure
// of it (a sentence for the person in front of the screen, the stable code for support and tests).
import { Component, type ReactNode } from 'react';
import type { Locale } from '@samspill/core/data.js';
import { isSmartError, messageFor } from '@samspill/smart';
import { texts } from '../../clinician-app/src/texts.js';

export function Busy({ text }: { readonly text: string }) {
  return (
    <main id="busy" aria-busy="true">
      <p role="status" className="busy">
        {text}
      </p>
    </main>
  );
}

export function ErrorScreen({ error, locale }: { readonly error: unknown; readonly locale: Locale }) {
  const t = texts[locale];
  const code = isSmartError(error) ? error.code : 'unknown';
  return (
    <main id="main">
      <section className="error" role="alert" aria-labelledby="error-heading" data-error-code={code}>
        <h1 id="error-heading">{t.failed}</h1>
        <p className="message">{messageFor(error, locale)}</p>
        <p>
          <small>
            {t.errorCode}: <code>{code}</code>
          </small>
        </p>
      </section>
    </main>
  );
}

/** The developer detail goes to the console: a SmartError's message is redacted, never a token. */
export function logLaunchError(error: unknown): void {
  console.warn(isSmartError(error) ? error.message : error);
}

interface BoundaryState {
  /** Boxed, since anything may be thrown, `undefined` too. */
  readonly failure?: { readonly error: unknown };
}

/** Shows the error screen for whatever a child throws, a rejected launch through `use()` included. */
export class LaunchErrorBoundary extends Component<
  { readonly locale: Locale; readonly children: ReactNode },
  BoundaryState
> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failure: { error } };
  }

  override render(): ReactNode {
    const { failure } = this.state;
    return failure ? <ErrorScreen error={failure.error} locale={this.props.locale} /> : this.props.children;
  }
}
