import { html, nothing, type TemplateResult } from 'lit';
import { defineCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../locale.js';
import type { DataState } from './data-controller.js';
import { failureMessages } from './failure-message.js';

const messages = defineCatalogue(
  {
    loading: 'Laster …',
    loaded: 'Innholdet er lastet.',
    partialHeading: 'Noe kunne ikke hentes',
    partialLoaded: 'Innholdet er lastet, men noe kunne ikke hentes.',
    errorHeading: 'Kunne ikke vise innholdet',
    retry: 'Prøv igjen',
    noSource: 'Ingen datakilde er koblet til ennå.',
  },
  {
    nn: {
      loading: 'Lastar …',
      loaded: 'Innhaldet er lasta.',
      partialHeading: 'Noko kunne ikkje hentast',
      partialLoaded: 'Innhaldet er lasta, men noko kunne ikkje hentast.',
      errorHeading: 'Kunne ikkje vise innhaldet',
      retry: 'Prøv igjen',
      noSource: 'Inga datakjelde er kopla til enno.',
    },
    en: {
      loading: 'Loading …',
      loaded: 'The content has loaded.',
      partialHeading: 'Some data could not be loaded',
      partialLoaded: 'The content has loaded, but some data could not be loaded.',
      errorHeading: 'Could not show the content',
      retry: 'Try again',
      noSource: 'No data source is connected yet.',
    },
  },
);

export interface StateViewOptions<T> {
  readonly locale: Locale;
  /** The view itself, for `data` and `partial`. */
  readonly data: (data: T) => TemplateResult;
  /** What to say when there is nothing ("Ingen legemidler registrert"). */
  readonly empty: string;
  /** A placeholder shaped like the view, while loading. */
  readonly skeleton?: () => TemplateResult;
  /** The sentence announced when data arrives ("12 legemidler"). */
  readonly describe?: (data: T) => string;
}

/**
 * Renders whatever state the controller is in, the same way in every component: a skeleton while
 * loading, the data, an empty message, the data with a notice of what is missing, or an error
 * with a retry button. A polite live region announces each change to screen readers.
 */
export function renderDataState<T>(controller: DataState<T>, options: StateViewOptions<T>): TemplateResult {
  const text = messages[options.locale];
  const { status, data } = controller;
  const problems = failureMessages(controller.failures, options.locale);
  const retry = html`<button
    class="sam-retry"
    slot="action"
    @click=${() => {
      controller.retry();
    }}
  >
    ${text.retry}
  </button>`;

  let announcement = '';
  let body: TemplateResult | typeof nothing = nothing;
  switch (status) {
    case 'idle':
      body = html`<sam-notice variant="info">${text.noSource}</sam-notice>`;
      break;
    case 'loading':
      announcement = text.loading;
      body = options.skeleton?.() ?? renderSkeleton();
      break;
    case 'empty':
      announcement = options.empty;
      body = html`<p class="sam-empty">${options.empty}</p>`;
      break;
    case 'error':
      body = html`<sam-notice variant="error" heading=${text.errorHeading}
        >${renderProblems(problems)}${retry}</sam-notice
      >`;
      break;
    case 'partial':
    case 'data':
      if (data === undefined) break;
      announcement = options.describe?.(data) ?? (status === 'partial' ? text.partialLoaded : text.loaded);
      body = html`
        ${
          status === 'partial'
            ? html`<sam-notice variant="warning" heading=${text.partialHeading}
                >${renderProblems(problems)}${retry}</sam-notice
              >`
            : nothing
        }
        ${options.data(data)}
      `;
      break;
  }
  return html`
    <div class="sam-state" data-status=${status} aria-busy=${status === 'loading' ? 'true' : 'false'}>
      <div class="sam-visually-hidden" role="status">${announcement}</div>
      ${body}
    </div>
  `;
}

function renderProblems(problems: readonly string[]): TemplateResult {
  return problems.length === 1
    ? html`<span>${problems[0]}</span>`
    : html`<ul class="sam-problems">
        ${problems.map((problem) => html`<li>${problem}</li>`)}
      </ul>`;
}

/** Grey bars where the content will be; hidden from assistive technology, which hears "Laster …". */
export function renderSkeleton(lines = 3): TemplateResult {
  return html`
    <div class="sam-skeleton" aria-hidden="true">
      ${Array.from({ length: lines }, (_, i) => html`<span class="sam-skeleton-line" style="--_i: ${i}"></span>`)}
    </div>
  `;
}
