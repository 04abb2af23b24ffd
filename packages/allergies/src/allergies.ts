import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import {
  ElementIds,
  renderDataState,
  renderInputProblems,
  SamFhirElement,
  SamSelectEvent,
  toggled,
  type Locale,
  type SamSelectDetail,
  type SourceFailure,
} from '@samspill/core';
import { failedAllergySearch } from './allergies.check.js';
import { icon } from './allergies.icons.js';
import { allergyLabels } from './allergies.labels.js';
import { loadAllergies } from './allergies.load.js';
import { allergiesModel, type AllergiesModel } from './allergies.model.js';
import { renderExcluded, renderStatements, renderUnchecked } from './allergies.notices.js';
import type { AllergyRow } from './allergies.row.js';
import { renderRow, type RowContext } from './allergies.rows.js';
import { allergyState } from './allergies.state.js';
import { allergyStyles } from './allergies.styles.js';
import { allergyLocales } from './locales/pack.js';

/** What `sam-select` carries: the allergy chosen and the raw resource behind it. */
export type AllergySelectDetail = SamSelectDetail<'allergy', AllergyRow>;

declare global {
  interface SamSelectItemMap {
    allergy: AllergyRow;
  }
}

const PAST = 'past';

/**
 * A patient's allergies and intolerances (CAVE): kritisk ones first, then medication allergies, then
 * the most recently recorded; each with its substance, category, type, reactions, whether it is
 * confirmed, and who recorded it where. A "no known allergy" record is shown as such, and only a
 * record coded so says it. When allergies were not granted to the app, or their search failed, a
 * warning says they could not be checked: an empty list is never shown as safety.
 *
 * Give it a `source` and `patient` (or sit inside `<sam-fhir-context>`), or `.resources` alone.
 *
 * @summary A patient's allergies and intolerances, and whether they could be checked.
 *
 * @attr patient - The patient to show (logical id, `Patient/` optional); else the context's. Inherited from core.
 * @attr locale - `nb` (default), `nn` or `en`; else the context's, else the nearest `lang`. Inherited from core.
 * @prop {FhirSource | undefined} source - Where FHIR data comes from; overrides the context's. Inherited from core.
 * @prop {ResourceInput | undefined} resources - Resources or Bundles to show instead of searching a source. Inherited from core.
 *
 * @fires {SamSelectEvent} sam-select - An allergy was chosen (its substance activated). `detail: { kind: 'allergy', item: row, resources }`; bubbles, composed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart heading - The heading, "Allergier og intoleranser".
 * @csspart list - The list of current allergies and intolerances.
 * @csspart details - An allergy's details, when opened.
 * @csspart source - The raw FHIR JSON of an allergy.
 *
 * @cssprop --sam-allergies-gap - Space between allergies.
 * @cssprop --sam-allergies-critical-text - Text and edge of a kritisk allergy (with the word and icon, never alone).
 * @cssprop --sam-allergies-critical-surface - Background of the "Kritisk" badge.
 */
export class SamAllergies extends SamFhirElement {
  static override styles = allergyStyles;
  static override localePacks = [...SamFhirElement.localePacks, allergyLocales];

  /** Allergies whose details are open, by key (and `past` for the inactive and resolved ones). */
  @state() protected expanded: ReadonlySet<string> = new Set();
  @state() protected sourceShown: ReadonlySet<string> = new Set();

  protected readonly allergies = this.patientData<AllergiesModel>({
    load: (source, patient, signal) => loadAllergies(source, patient, { signal }),
    model: (resources, related, outcomes) =>
      allergiesModel(resources, { locale: this.effectiveLocale, related, outcomes }),
    isEmpty: (model) =>
      model.check.status === 'checked' &&
      model.current.length === 0 &&
      model.past.length === 0 &&
      model.statements.length === 0 &&
      model.excluded.refuted + model.excluded.enteredInError === 0 &&
      model.problems.length === 0,
  });

  private readonly ids = new ElementIds();

  protected override render() {
    const locale = this.effectiveLocale;
    const t = allergyLabels[locale];
    // A load that threw is a search that failed: the allergies could not be checked, and the view says so.
    const unchecked = (failures: readonly SourceFailure[]) =>
      allergiesModel([], { locale, outcomes: [failedAllergySearch(failures)] });
    return html`<section part="base" class="base" lang=${locale} aria-labelledby="heading">
      <h2 part="heading" class="heading" id="heading">${t.heading}</h2>
      ${renderDataState(allergyState(this.allergies, unchecked), {
        locale,
        empty: t.empty,
        describe: (model) => describe(model, locale),
        data: (model) => this.renderModel(model, locale),
      })}
    </section>`;
  }

  private renderModel(model: AllergiesModel, locale: Locale): TemplateResult {
    const t = allergyLabels[locale];
    const context: RowContext = {
      locale,
      expanded: this.expanded,
      sourceShown: this.sourceShown,
      idOf: (key) => this.ids.of(key),
      select: (row) => {
        this.dispatchEvent(new SamSelectEvent({ kind: 'allergy', item: row, resources: row.resources }));
      },
      toggle: (which, key) => {
        this[which] = toggled(this[which], key);
      },
    };
    const statements = model.statements.filter((statement) => statement.current);
    const pastStatements = model.statements.filter((statement) => !statement.current);
    const pastCount = model.past.length + pastStatements.length;
    const pastOpen = this.expanded.has(PAST);
    // "None" only when they were checked, and nothing current says otherwise.
    const none = model.check.status === 'checked' && model.current.length === 0 && statements.length === 0;
    return html`
      ${renderUnchecked(model.check, locale, () => {
        this.allergies.retry();
      })}
      ${renderInputProblems(model.problems, locale)} ${renderStatements(statements, locale)}
      ${
        model.current.length > 0
          ? html`<ul part="list" class="allergies" aria-label=${t.current}>
              ${model.current.map((row) => renderRow(row, context))}
            </ul>`
          : nothing
      }
      ${none ? html`<p class="sam-empty">${pastCount > 0 ? t.noneCurrent : t.empty}</p>` : nothing}
      ${
        pastCount > 0
          ? html`<button
                class="past-toggle sam-button"
                aria-expanded=${pastOpen ? 'true' : 'false'}
                aria-controls=${pastOpen ? 'past-list' : nothing}
                @click=${() => {
                  this.expanded = toggled(this.expanded, PAST);
                }}
              >
                ${icon('chevron')}${t.past(pastCount)}
              </button>
              ${
                pastOpen
                  ? html`${renderStatements(pastStatements, locale)}
                      <ul class="past-list" id="past-list">
                        ${model.past.map((row) => renderRow(row, context))}
                      </ul>`
                  : nothing
              }`
          : nothing
      }
      ${renderExcluded(model.excluded, locale)}
    `;
  }
}

/** The sentence announced when the view settles: could not be checked, how many (how many kritiske), or the statements. */
function describe(model: AllergiesModel, locale: Locale): string {
  const t = allergyLabels[locale];
  if (model.check.status === 'not-granted' || model.check.status === 'failed') return t.notChecked;
  const critical = model.current.filter((row) => row.critical).length;
  const counted =
    model.current.length > 0
      ? `${t.allergies(model.current.length)}${critical > 0 ? `, ${t.critical(critical)}` : ''}.`
      : model.statements
          .filter((statement) => statement.current)
          .map((statement) => `${statement.text}.`)
          .join(' ') || t.noneCurrent;
  return model.check.status === 'partly-failed' ? `${t.partlyChecked}. ${counted}` : counted;
}
