// The sort, filter and search controls above the list. The table sorts by its column headers; the
// cards (narrow) get a sort menu here instead, and there all of them fold behind "Filtrer og søk".
import { html, nothing, type TemplateResult } from 'lit';
import {
  capMarks,
  collator as localeCollator,
  displayText,
  renderControlsToggle,
  statusPresentation,
  type Locale,
} from '@samspill/core';
import { medicationLabels, type MedicationLabels } from './medication-list.labels.js';
import type { MedicationSortKey } from './medication-order.js';
import { MEDICATION_STATUSES, type MedicationRow, type MedicationStatus } from './medication-row.js';

export type SortDirection = 'ascending' | 'descending';

/** How the rows are narrowed and ordered, as the reader chose. */
export interface ListChoices {
  /** Column the rows are sorted by; the model's default order when unset. */
  readonly sortKey: MedicationSortKey | undefined;
  readonly sortDirection: SortDirection;
  readonly statusFilter: MedicationStatus | '';
  readonly sourceFilter: string;
  readonly query: string;
}

export interface ControlsContext extends ListChoices {
  readonly locale: Locale;
  /** Whether the rows are a table, which sorts by its headers. */
  readonly table: boolean;
  /** Whether the controls are unfolded where a narrow container folds them. */
  readonly open: boolean;
  choose(choices: Partial<ListChoices>): void;
  readonly toggle: () => void;
}

/** How many of the reader's choices are in force: what the folded controls' button counts. */
export function choicesInUse(choices: ListChoices, table: boolean): number {
  return [
    !table && choices.sortKey !== undefined,
    choices.statusFilter !== '',
    choices.sourceFilter !== '',
    choices.query.trim() !== '',
  ].filter(Boolean).length;
}

export function columnLabel(key: MedicationSortKey, t: MedicationLabels): string {
  return key === 'name' ? t.name : key === 'start' ? t.start : t.status;
}

export function renderControls(all: readonly MedicationRow[], context: ControlsContext): TemplateResult {
  const { locale } = context;
  const t = medicationLabels[locale];
  const present = new Set(all.map((row) => row.status));
  const statuses = MEDICATION_STATUSES.filter((status) => present.has(status));
  const collator = localeCollator(locale, { sensitivity: 'base' });
  // Capped: a collator's work on a long run of combining marks grows with the square of its length.
  const sources = [...new Set(all.map((row) => row.source.label))].sort((a, b) =>
    collator.compare(capMarks(a), capMarks(b)),
  );
  const sortValue = context.sortKey ? `${context.sortKey}:${context.sortDirection}` : '';
  const value = (event: Event): string => (event.target as HTMLSelectElement | HTMLInputElement).value;
  return html`${renderControlsToggle({
      controls: 'controls',
      open: context.open,
      toggle: context.toggle,
      inUse: choicesInUse(context, context.table),
      locale,
    })}
    <div
      part="controls"
      id="controls"
      class="controls sam-foldable ${context.open ? 'is-open' : ''}"
      role="group"
      aria-label=${t.controls}
    >
      ${
        context.table
          ? nothing
          : html`<label class="control"
              ><span>${t.sortBy}</span>
              <select
                .value=${sortValue}
                @change=${(event: Event) => {
                  const [key, direction] = value(event).split(':');
                  context.choose({
                    sortKey: key === 'name' || key === 'start' || key === 'status' ? key : undefined,
                    sortDirection: direction === 'descending' ? 'descending' : 'ascending',
                  });
                }}
              >
                <option value="" ?selected=${sortValue === ''}>${t.defaultOrder}</option>
                ${(['name', 'start', 'status'] as const).flatMap((key) =>
                  (['ascending', 'descending'] as const).map(
                    (direction) =>
                      html`<option value="${key}:${direction}" ?selected=${sortValue === `${key}:${direction}`}>
                        ${columnLabel(key, t)}, ${t[direction]}
                      </option>`,
                  ),
                )}
              </select></label
            >`
      }
      <label class="control"
        ><span>${t.filterStatus}</span>
        <select
          @change=${(event: Event) => {
            const status = value(event);
            context.choose({
              statusFilter: (MEDICATION_STATUSES as readonly string[]).includes(status)
                ? (status as MedicationStatus)
                : '',
            });
          }}
        >
          <option value="" ?selected=${context.statusFilter === ''}>${t.allStatuses}</option>
          ${statuses.map(
            (status) =>
              html`<option value=${status} ?selected=${context.statusFilter === status}>
                ${statusPresentation(status, locale).label}
              </option>`,
          )}
        </select></label
      >
      <label class="control"
        ><span>${t.filterSource}</span>
        <select
          @change=${(event: Event) => {
            context.choose({ sourceFilter: value(event) });
          }}
        >
          <option value="" ?selected=${context.sourceFilter === ''}>${t.allSources}</option>
          ${sources.map(
            (source) =>
              html`<option .value=${source} ?selected=${context.sourceFilter === source}>
                ${displayText(source).text}
              </option>`,
          )}
        </select></label
      >
      <label class="control search"
        ><span>${t.search}</span>
        <input
          type="search"
          autocomplete="off"
          .value=${context.query}
          @input=${(event: Event) => {
            context.choose({ query: value(event) });
          }}
      /></label>
    </div>`;
}
