// What the view says besides the rows: that the allergies could not be checked (a warning above
// everything, since a prescriber must not read silence as safety), the "no known allergy"
// statements as the data makes them, and how many records were left out.
import { html, nothing, type TemplateResult } from 'lit';
import { failureMessages, formatList, renderLines, type Locale, type SourceFailure } from '@samspill/core';
import type { AllergyCheck } from './allergies.check.js';
import { icon } from './allergies.icons.js';
import { allergyLabels } from './allergies.labels.js';
import type { AllergiesModel } from './allergies.model.js';
import { renderProblems, renderRecorded } from './allergies.rows.js';
import type { AllergyStatement } from './allergies.statement.js';

// Failures a second try may mend, as core's state view has them: a busy or unreachable server.
const RETRYABLE = new Set<SourceFailure['kind']>(['unavailable', 'network']);

/**
 * "Allergier kunne ikke sjekkes": why (not granted to the app, or what failed where), that what is
 * not shown may still be recorded, and "Prøv igjen" where a second try may help. Nothing when checked.
 */
export function renderUnchecked(
  check: AllergyCheck,
  locale: Locale,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (check.status === 'checked') return nothing;
  const t = allergyLabels[locale];
  const reasons = check.status === 'not-granted' ? [t.notGranted] : failureMessages(check.failures, locale);
  return html`<sam-notice
    class="unchecked"
    variant="warning"
    heading=${check.status === 'partly-failed' ? t.partlyChecked : t.notChecked}
    locale=${locale}
    ><div class="unchecked-lines">${renderLines(reasons)}<span>${t.checkRecord}</span></div>
    ${
      check.failures.some((failure) => RETRYABLE.has(failure.kind))
        ? html`<button class="sam-retry" slot="action" @click=${retry}>${t.retry}</button>`
        : nothing
    }</sam-notice
  >`;
}

/** The statements in place of allergies: "Ingen kjente allergier registrert", by whom, when and where. */
export function renderStatements(
  statements: readonly AllergyStatement[],
  locale: Locale,
): TemplateResult | typeof nothing {
  if (statements.length === 0) return nothing;
  const t = allergyLabels[locale];
  return html`<ul class="statements">
    ${statements.map((statement) => {
      const caution = statement.kind === 'no-allergy-information';
      return html`<li
        class="statement${caution ? ' is-caution' : ''}${statement.contradicted ? ' is-contradicted' : ''}"
        data-key=${statement.key}
      >
        <p class="statement-text">${icon(caution ? 'no-information' : 'no-known')}${statement.text}</p>
        ${
          statement.unconfirmed || !statement.current
            ? html`<span class="badges">
                ${statement.unconfirmed ? html`<span class="badge unconfirmed">${icon('unconfirmed')}${statement.verificationText}</span>` : nothing}
                ${!statement.current ? html`<span class="badge status">${icon(statement.clinicalStatus === 'resolved' ? 'resolved' : 'inactive')}${statement.clinicalStatusText}</span>` : nothing}
              </span>`
            : nothing
        }
        ${caution ? html`<p class="quiet">${t.noInformation}</p>` : nothing}
        ${
          statement.contradicted
            ? html`<p class="note attention">${icon('contradicted')}${t.contradicted}</p>`
            : nothing
        }
        ${renderRecorded(statement, locale)}
        ${statement.notes.length > 0 ? html`<p class="quiet">${statement.notes.join(' ')}</p>` : nothing}
        ${renderProblems(statement.problems, t)}
      </li>`;
    })}
  </ul>`;
}

/** "Ikke vist: 1 avkreftet og 1 registrert ved en feil." */
export function renderExcluded(excluded: AllergiesModel['excluded'], locale: Locale): TemplateResult | typeof nothing {
  const t = allergyLabels[locale];
  const parts = [
    excluded.refuted > 0 ? t.refuted(excluded.refuted) : '',
    excluded.enteredInError > 0 ? t.enteredInError(excluded.enteredInError) : '',
  ].filter(Boolean);
  return parts.length === 0 ? nothing : html`<p class="excluded quiet">${t.excluded(formatList(parts, locale))}</p>`;
}
