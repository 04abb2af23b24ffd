// One allergy as the list shows it — the substance (which selects it), kritisk and "ikke bekreftet"
// as words with icons, category and type, the reactions, when and by whom it was recorded where —
// and the details a disclosure opens: every fact, each reaction, the notes and the FHIR source.
import { html, nothing, type TemplateResult } from 'lit';
import { renderFact, renderSourceView, renderUnreadableDate, unknownDateText, type Locale } from '@samspill/core';
import { icon } from './allergies.icons.js';
import { allergyLabels, type AllergyLabels } from './allergies.labels.js';
import type { AllergyRecord } from './allergies.record.js';
import type { AllergyDate } from './allergies.reader.js';
import type { ReactionView } from './allergies.reaction.js';
import type { AllergyRow } from './allergies.row.js';

/** What the row pieces read from the element, and how they change it. */
export interface RowContext {
  readonly locale: Locale;
  readonly expanded: ReadonlySet<string>;
  readonly sourceShown: ReadonlySet<string>;
  idOf(key: string): number;
  select(row: AllergyRow): void;
  toggle(which: 'expanded' | 'sourceShown', key: string): void;
}

/** A date as a `<time>`; one written but unreadable as "ukjent dato", its value on demand. */
export function renderDate(date: AllergyDate | undefined, locale: Locale): TemplateResult | string {
  if (!date) return '';
  if (date.unreadable) return date.value ? renderUnreadableDate(date.value, locale) : unknownDateText(locale);
  return html`<time datetime=${date.value}>${date.text}</time>`;
}

/** "Registrert 9. oktober 2014 av Kari Lege · Fjordvik legekontor": when, by whom and where. */
export function renderRecorded(record: AllergyRecord, locale: Locale): TemplateResult {
  const t = allergyLabels[locale];
  const who = record.recorder ? ` ${t.by(record.recorder)}` : '';
  const when = record.recorded ? html`${t.recordedDate} ${renderDate(record.recorded, locale)}${who}` : record.recorder;
  return html`<p class="recorded quiet">${when}${when ? ' · ' : ''}${record.source}</p>`;
}

/** What the model found wrong with a record, each in words with an icon. */
export function renderProblems(problems: readonly string[], t: AllergyLabels): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  return html`<ul class="notes" aria-label=${t.problems}>
    ${problems.map((problem) => html`<li class="note problem">${icon('problem')}${problem}</li>`)}
  </ul>`;
}

function renderBadges(row: AllergyRow): TemplateResult | typeof nothing {
  const past = !row.current;
  const badges = [
    row.critical ? html`<span class="badge critical">${icon('critical')}${row.criticalityText}</span>` : nothing,
    row.unconfirmed
      ? html`<span class="badge unconfirmed">${icon('unconfirmed')}${row.verificationText}</span>`
      : nothing,
    past && row.clinicalStatus
      ? html`<span class="badge status"
          >${icon(row.clinicalStatus === 'resolved' ? 'resolved' : 'inactive')}${row.clinicalStatusText}</span
        >`
      : nothing,
    row.verification === 'entered-in-error'
      ? html`<span class="badge status">${icon('problem')}${row.verificationText}</span>`
      : nothing,
  ].filter((badge) => badge !== nothing);
  return badges.length > 0 ? html`<span class="badges">${badges}</span>` : nothing;
}

/** One allergy in the list: its summary, and its details when opened. */
export function renderRow(row: AllergyRow, context: RowContext): TemplateResult {
  const { locale } = context;
  const t = allergyLabels[locale];
  const open = context.expanded.has(row.key);
  const id = context.idOf(row.key);
  // Low or unassessable criticality is said in the line under the name; kritisk is a badge of its own.
  const meta = [row.categoryText, row.typeText, row.critical ? '' : row.criticalityText].filter(Boolean).join(' · ');
  const reactions = row.reactions.map((reaction) => reaction.summary).join('; ');
  return html`<li
    class="allergy${row.critical ? ' is-critical' : ''}${row.current ? '' : ' is-past'}"
    data-key=${row.key}
  >
    <div class="allergy-head">
      <button
        class="substance${row.substanceKnown ? '' : ' is-unknown'}"
        @click=${() => {
          context.select(row);
        }}
      >
        ${row.substance}
      </button>
      ${renderBadges(row)}
    </div>
    ${meta ? html`<p class="meta quiet">${meta}</p>` : nothing}
    ${row.writtenText ? html`<p class="written">${t.writtenText}: «${row.writtenText}»</p>` : nothing}
    ${reactions ? html`<p class="reaction-summary">${reactions}</p>` : nothing} ${renderRecorded(row, locale)}
    ${renderProblems(row.problems, t)}
    <button
      class="toggle sam-button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${open ? `details-${String(id)}` : nothing}
      @click=${() => {
        context.toggle('expanded', row.key);
      }}
    >
      ${icon('chevron')}${t.details}<span class="sam-visually-hidden">: ${row.substance}</span>
    </button>
    ${open ? renderDetails(row, context, id) : nothing}
  </li>`;
}

function renderReaction(reaction: ReactionView, locale: Locale): TemplateResult {
  const t = allergyLabels[locale];
  return html`<li class="reaction">
    ${reaction.summary}
    <dl class="facts reaction-facts">
      ${renderFact(t.severity, reaction.severityText)} ${renderFact(t.onset, renderDate(reaction.onset, locale))}
      ${renderFact(t.reactionSubstance, reaction.substance)} ${renderFact(t.exposureRoute, reaction.exposureRoute)}
      ${renderFact(t.description, reaction.manifestations.length > 0 ? reaction.description : '')}
      ${renderFact(t.notes, reaction.notes.join(' '))}
    </dl>
  </li>`;
}

function renderDetails(row: AllergyRow, context: RowContext, id: number): TemplateResult {
  const { locale } = context;
  const t = allergyLabels[locale];
  const codes = row.codes.map((code) => [code.system, code.code, code.display].filter(Boolean).join(' '));
  return html`<div part="details" class="details" id="details-${String(id)}">
    <dl class="facts">
      ${renderFact(t.category, row.categoryText)} ${renderFact(t.type, row.typeText)}
      ${renderFact(t.criticality, row.criticalityText)} ${renderFact(t.verification, row.verificationText)}
      ${renderFact(t.clinicalStatus, row.clinicalStatusText)}
      ${renderFact(t.onset, row.onset ? renderDate(row.onset, locale) : row.onsetText)}
      ${renderFact(t.lastOccurrence, renderDate(row.lastOccurrence, locale))}
      ${renderFact(t.recordedDate, renderDate(row.recorded, locale))} ${renderFact(t.recorder, row.recorder)}
      ${renderFact(t.asserter, row.asserter)} ${renderFact(t.source, row.source)}
      ${renderFact(
        t.codes,
        codes.length > 1
          ? html`<ul class="codes">
              ${codes.map((code) => html`<li>${code}</li>`)}
            </ul>`
          : (codes[0] ?? ''),
      )}
    </dl>
    ${
      row.reactions.length > 0
        ? html`<h3>${t.reactions}</h3>
            <ul class="reactions">
              ${row.reactions.map((reaction) => renderReaction(reaction, locale))}
            </ul>`
        : nothing
    }
    ${
      row.notes.length > 0
        ? html`<h3>${t.notes}</h3>
            <ul class="plain-list">
              ${row.notes.map((note) => html`<li>${note}</li>`)}
            </ul>`
        : nothing
    }
    <div class="source-area">
      ${renderSourceView({
        id: `source-${String(id)}`,
        open: context.sourceShown.has(row.key),
        toggle: () => {
          context.toggle('sourceShown', row.key);
        },
        resources: row.resources,
        locale,
      })}
    </div>
  </div>`;
}
