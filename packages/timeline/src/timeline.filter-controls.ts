// The filters above the list: free text, a time range (presets or from–to), and folded under "Typer
// og kilder" the event types and source organisations with their counts. A narrow container folds
// them all behind "Filtrer og søk".
import { html, nothing, type TemplateResult } from 'lit';
import { isoDay, parsePartialDate, renderControlsToggle, renderText, type Locale } from '@samspill/core';
import type { EventType } from './timeline.event.js';
import { RANGE_PRESETS, type CustomRange, type RangePreset } from './timeline.filter.js';
import { icon } from './timeline.icons.js';
import type { TimelineLabels } from './timeline.labels.js';
import type { TimelineView } from './timeline.view.js';

/** The filters as the reader set them, and how to change them. */
export interface FilterControlsContext {
  readonly t: TimelineLabels;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly text: string;
  readonly range: RangePreset | CustomRange;
  /** Only these types; all when undefined. */
  readonly types: ReadonlySet<EventType> | undefined;
  /** Only these sources (`EventSource.key`); all when undefined. */
  readonly sources: ReadonlySet<string> | undefined;
  /** Whether "Typer og kilder" is unfolded. */
  readonly moreFilters: boolean;
  /** Whether the filters are unfolded where a narrow container folds them. */
  readonly open: boolean;
  readonly toggle: () => void;
  setText(text: string): void;
  setRange(range: RangePreset | CustomRange): void;
  setMoreFilters(open: boolean): void;
  setTypes(types: ReadonlySet<EventType> | undefined): void;
  setSources(sources: ReadonlySet<string> | undefined): void;
  clear(): void;
}

/**
 * A facet's choice after one of its boxes is toggled: `chosen` (every choice when undefined) with
 * `key` flipped, or undefined again once every choice is in.
 */
export function toggledChoice<T>(
  chosen: ReadonlySet<T> | undefined,
  key: T,
  all: readonly T[],
): ReadonlySet<T> | undefined {
  const next = new Set(chosen ?? all);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return all.every((choice) => next.has(choice)) ? undefined : next;
}

export function renderFilterControls(view: TimelineView, context: FilterControlsContext): TemplateResult {
  const { t } = context;
  const { allTypes, allSources } = view;
  const custom = typeof context.range === 'string' ? undefined : context.range;
  const narrowed = context.types !== undefined || context.sources !== undefined;
  const inUse = [context.text.trim() !== '', context.range !== 'all', context.types, context.sources].filter(
    Boolean,
  ).length;
  const filtered = narrowed || context.range !== 'all' || context.text !== '';
  const dayOf = (value: string | undefined): string => {
    const start = parsePartialDate(value, context.timeZone)?.start;
    return start ? isoDay(start, context.timeZone) : '';
  };
  const onDates = (event: Event): void => {
    const dates = (event.target as HTMLElement).closest('.dates');
    const from = dates?.querySelector<HTMLInputElement>('input.from')?.value ?? '';
    const to = dates?.querySelector<HTMLInputElement>('input.to')?.value ?? '';
    context.setRange({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  };
  return html`${renderControlsToggle({
      controls: 'filters',
      open: context.open,
      toggle: context.toggle,
      inUse,
      locale: context.locale,
    })}
    <div
      part="filters"
      id="filters"
      class="filters sam-foldable ${context.open ? 'is-open' : ''}"
      role="group"
      aria-label=${t.filters}
    >
      <label class="search">
        <span>${t.search}</span>
        <input
          type="search"
          .value=${context.text}
          @input=${(event: InputEvent) => {
            context.setText((event.target as HTMLInputElement).value);
          }}
        />
      </label>
      <fieldset class="range">
        <legend>${t.range}</legend>
        <div class="choices">
          ${RANGE_PRESETS.map(
            (preset) =>
              html`<label class="choice"
                ><input
                  type="radio"
                  name="range"
                  value=${preset}
                  .checked=${context.range === preset}
                  @change=${() => {
                    context.setRange(preset);
                  }}
                />${t[`preset-${preset}`]}</label
              >`,
          )}
          <label class="choice"
            ><input
              type="radio"
              name="range"
              value="custom"
              .checked=${custom !== undefined}
              @change=${() => {
                context.setRange({});
              }}
            />${t.custom}</label
          >
        </div>
        ${
          custom
            ? html`<div class="dates">
                <label
                  >${t.from} <input class="from" type="date" .value=${dayOf(custom.from)} @change=${onDates}
                /></label>
                <label>${t.to} <input class="to" type="date" .value=${dayOf(custom.to)} @change=${onDates} /></label>
              </div>`
            : nothing
        }
      </fieldset>
      ${
        allTypes.length > 1 || allSources.length > 1
          ? html`<details
              class="more-filters"
              .open=${context.moreFilters}
              @toggle=${(event: Event) => {
                context.setMoreFilters((event.target as HTMLDetailsElement).open);
              }}
            >
              <summary>${icon('chevron')}${t.moreFilters}${narrowed ? ` (${t.narrowed})` : ''}</summary>
              ${renderFacets(view, context)}
            </details>`
          : nothing
      }
      ${
        filtered
          ? html`<button
              class="clear"
              @click=${() => {
                context.clear();
              }}
            >
              ${t.clearFilters}
            </button>`
          : nothing
      }
    </div>`;
}

function renderFacets(view: TimelineView, context: FilterControlsContext): TemplateResult {
  const { t } = context;
  const { allTypes, allSources } = view;
  const typeCounts = new Map(view.types.map((facet) => [facet.type, facet.count]));
  const sourceCounts = new Map(view.sources.map((facet) => [facet.key, facet.count]));
  return html`
    ${
      allTypes.length > 1
        ? html`<fieldset class="types">
            <legend>${t.types}</legend>
            <div class="choices">
              ${allTypes.map(
                (facet) =>
                  html`<label class="choice" data-type=${facet.type}
                    ><input
                      type="checkbox"
                      .checked=${context.types?.has(facet.type) ?? true}
                      @change=${() => {
                        const all = allTypes.map((choice) => choice.type);
                        context.setTypes(toggledChoice(context.types, facet.type, all));
                      }}
                    /><span>${facet.text} <span class="count">(${typeCounts.get(facet.type) ?? 0})</span></span></label
                  >`,
              )}
            </div>
          </fieldset>`
        : nothing
    }
    ${
      allSources.length > 1
        ? html`<fieldset class="sources">
            <legend>${t.sources}</legend>
            <div class="choices">
              ${allSources.map(
                (facet) =>
                  html`<label class="choice" data-source=${facet.key}
                    ><input
                      type="checkbox"
                      .checked=${context.sources?.has(facet.key) ?? true}
                      @change=${() => {
                        const all = allSources.map((choice) => choice.key);
                        context.setSources(toggledChoice(context.sources, facet.key, all));
                      }}
                    /><span
                      >${renderText(facet.label, context.locale)} <span class="quiet">· ${facet.careLevelText}</span>
                      <span class="count">(${sourceCounts.get(facet.key) ?? 0})</span></span
                    ></label
                  >`,
              )}
            </div>
          </fieldset>`
        : nothing
    }
  `;
}
