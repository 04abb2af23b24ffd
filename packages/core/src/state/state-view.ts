import { html, nothing, svg, type TemplateResult } from 'lit';
import { renderIcon } from '../element/icon.js';
import { renderUnreadableDate } from '../element/unreadable-date.js';
import { notGrantedTypes } from '../load/search-outcome.js';
import type { Locale } from '../locale.js';
import type { SourceFailure } from '../source/fhir-source.js';
import { isProblem, type DataState } from './data-controller.js';
import { failureMessages } from './failure-message.js';
import { languageNotice, stateMessages as messages } from './state-view.messages.js';
import { notSharedMessage, nothingSharedMessage, truncatedHeading, truncatedMessage } from './outcome-message.js';

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

// Failures a second try may mend: a server that was busy or out of reach. Not a refusal, an expired
// session, a missing resource or a response that cannot be read: those come back the same.
const RETRYABLE = new Set<SourceFailure['kind']>(['unavailable', 'network']);

/**
 * Renders whatever state the controller is in, the same way in every component: a skeleton while
 * loading; the data; an empty message; the data with a notice of what failed (and "Prøv igjen"
 * where a second try may help), of searches cut short, and a neutral line for the types the app
 * was not granted; or an error. A polite live region announces each change to screen readers.
 */
export function renderDataState<T>(controller: DataState<T>, options: StateViewOptions<T>): TemplateResult {
  const { locale } = options;
  const text = messages[locale];
  const { status, data } = controller;
  const problems = controller.failures.filter(isProblem);
  const retry = problems.some((failure) => RETRYABLE.has(failure.kind))
    ? html`<button
        class="sam-retry"
        slot="action"
        @click=${() => {
          controller.retry();
        }}
      >
        ${text.retry}
      </button>`
    : nothing;
  const failed = (variant: 'warning' | 'error', heading: string) =>
    html`<sam-notice variant=${variant} heading=${heading} locale=${locale}
      >${renderLines(failureMessages(problems, locale))}${retry}</sam-notice
    >`;
  const notShared = renderNotShared(notGrantedTypes(controller.outcomes, 'search'), locale);

  let announcement = '';
  let body: unknown = nothing;
  switch (status) {
    case 'idle':
      body = html`<sam-notice variant="info" locale=${locale}>${text.noSource}</sam-notice>`;
      break;
    case 'loading':
      announcement = text.loading;
      body = options.skeleton?.() ?? renderSkeleton();
      break;
    case 'empty': {
      // "None" only when nothing was kept from the view: otherwise it may be there, unshared.
      const empty = notShared === nothing ? options.empty : nothingSharedMessage(locale);
      announcement = empty;
      body = html`<p class="sam-empty">${empty}</p>
        ${notShared}`;
      break;
    }
    case 'error':
      body = html`${failed('error', text.errorHeading)} ${notShared}`;
      break;
    case 'partial':
    case 'data':
      if (data === undefined) break;
      announcement = options.describe?.(data) ?? (status === 'partial' ? text.partialLoaded : text.loaded);
      body = html`
        ${status === 'partial' ? failed('warning', text.partialHeading) : nothing}
        ${renderTruncated(controller, locale)} ${notShared} ${options.data(data)}
      `;
      break;
  }
  const fallback =
    controller.languageFallback === undefined || status === 'loading'
      ? nothing
      : html`<sam-notice class="sam-language-fallback" variant="info" locale=${locale}
          >${languageNotice[controller.languageFallback].fallback}</sam-notice
        >`;
  return html`
    <div class="sam-state" data-status=${status} aria-busy=${status === 'loading' ? 'true' : 'false'}>
      <div class="sam-visually-hidden" role="status">${announcement}</div>
      ${fallback} ${body}
    </div>
  `;
}

/** Searches the page limit stopped: what was kept, and that there is more. No retry: it would stop again. */
function renderTruncated<T>(controller: DataState<T>, locale: Locale): TemplateResult | typeof nothing {
  const lines = controller.outcomes
    .filter((outcome) => outcome.status === 'truncated')
    .map((outcome) => truncatedMessage(outcome.resourceType, outcome.count, locale));
  return lines.length === 0
    ? nothing
    : html`<sam-notice class="sam-truncated" variant="info" heading=${truncatedHeading(locale)} locale=${locale}
        >${renderLines(lines)}</sam-notice
      >`;
}

const INFO = svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 7.5v4M8 5h.01"/>`;

/**
 * "Mål er ikke delt med denne appen.": a quiet line, not a notice, for types the app was not
 * granted. Components put it where the missing data would have been; nothing for no types.
 */
export function renderNotShared(resourceTypes: readonly string[], locale: Locale): TemplateResult | typeof nothing {
  if (resourceTypes.length === 0) return nothing;
  return html`<p class="sam-not-shared">${renderIcon(INFO)}${notSharedMessage(resourceTypes, locale)}</p>`;
}

/** A problem a model found in its input: a sentence, and a date as written that could not be read. */
export type InputProblem = string | { readonly text: string; readonly written?: string };

/**
 * The problems a model found in its input ("Noe i dataene kunne ikke leses"), as one warning; each
 * once, a date that could not be read with its value as written on demand.
 */
export function renderInputProblems(
  problems: readonly InputProblem[],
  locale: Locale,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const lines = new Map<string, string | TemplateResult>();
  for (const problem of problems) {
    const { text, written } = typeof problem === 'string' ? { text: problem, written: undefined } : problem;
    const key = `${text}\u0000${written ?? ''}`;
    if (!lines.has(key))
      lines.set(key, written ? html`${text} ${renderUnreadableDate(written, locale, 'show')}` : text);
  }
  return html`<sam-notice
    class="input-problems"
    variant="warning"
    heading=${messages[locale].inputProblems}
    locale=${locale}
    >${renderLines([...lines.values()])}</sam-notice
  >`;
}

/** Sentences inside a notice: one as it is, several as a list. */
export function renderLines(lines: readonly (string | TemplateResult)[]): TemplateResult {
  return lines.length === 1
    ? html`<span>${lines[0]}</span>`
    : html`<ul class="sam-problems">
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>`;
}

/** Grey bars where the content will be; hidden from assistive technology, which hears "Laster …". */
export function renderSkeleton(lines = 3): TemplateResult {
  return html`
    <div class="sam-skeleton" aria-hidden="true">
      ${Array.from({ length: lines }, () => html`<span class="sam-skeleton-line"></span>`)}
    </div>
  `;
}
