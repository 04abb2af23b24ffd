import { css } from 'lit';
import { componentStyles, stateStyles } from '@samspill/core';

/**
 * A compact list for a side pane (390 px and down to 320): kritisk rows marked by a word, an icon and
 * a heavy edge, never by colour alone; the "could not be checked" notice above everything.
 */
export const allergyStyles = [
  stateStyles,
  componentStyles,
  css`
    :host {
      --_gap: var(--sam-allergies-gap, var(--sam-space-s, 0.5rem));
      --_critical: var(--sam-allergies-critical-text, var(--sam-color-danger-text, #a3101c));
      --_critical-surface: var(--sam-allergies-critical-surface, var(--sam-color-danger-surface, #fdecee));
    }

    .heading {
      font-size: 1.125rem;
    }

    .unchecked-lines {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .statements,
    .allergies,
    .past-list,
    .reactions,
    .codes,
    .plain-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .statements,
    .allergies,
    .past-list {
      display: grid;
      gap: var(--_gap);
    }

    .statement {
      display: grid;
      gap: 0.125rem;
      padding: var(--sam-space-s, 0.5rem) var(--sam-space-m, 1rem);
      border: 1px solid var(--sam-color-border, #c7ccd1);
      border-radius: var(--sam-radius, 0.375rem);
    }

    .statement-text {
      display: flex;
      gap: 0.375em;
      align-items: baseline;
      font-weight: 700;
    }

    .statement.is-caution,
    .statement.is-contradicted {
      border-inline-start: 4px solid var(--sam-color-warning-text, #7a4d00);
    }

    /* One allergy: a card with a light edge; kritisk ones with a heavy edge in the danger colour. */
    .allergy {
      display: grid;
      gap: 0.125rem;
      min-width: 0;
      padding: var(--sam-space-s, 0.5rem) var(--sam-space-s, 0.5rem) var(--sam-space-s, 0.5rem) var(--sam-space-m, 1rem);
      border: 1px solid var(--sam-color-border, #c7ccd1);
      border-inline-start-width: 4px;
      border-radius: var(--sam-radius, 0.375rem);
      background: var(--sam-color-surface, #fff);
    }

    .allergy.is-critical {
      border-color: var(--_critical);
      border-inline-start-width: 6px;
    }

    .allergy.is-past {
      border-inline-start-width: 1px;
    }

    .allergy-head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-xs, 0.25rem) var(--sam-space-s, 0.5rem);
      align-items: center;
      min-width: 0;
    }

    /* The substance selects the row (sam-select); it reads as the row's name, not as a control. */
    .substance {
      min-height: 2.75rem;
      padding: 0;
      border: 0;
      background: none;
      font-weight: 700;
      font-size: 1.0625rem;
      text-align: start;
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    .substance:hover {
      text-decoration: underline;
    }

    .substance.is-unknown {
      font-style: italic;
    }

    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .badge {
      display: inline-flex;
      gap: 0.25em;
      align-items: center;
      padding: 0 0.5em;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: var(--sam-font-size-small, 0.875rem);
      font-weight: 600;
      white-space: nowrap;
    }

    .badge.critical {
      color: var(--_critical);
      background: var(--_critical-surface);
      font-weight: 700;
    }

    .badge.unconfirmed {
      color: var(--sam-color-warning-text, #7a4d00);
      background: var(--sam-color-warning-surface, #fff4db);
      border-style: dashed;
    }

    .badge.status {
      color: var(--sam-color-text-quiet, #505a66);
    }

    .meta,
    .recorded {
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .written {
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .toggle,
    .past-toggle {
      justify-self: start;
      margin-top: var(--sam-space-xs, 0.25rem);
    }

    .details {
      display: grid;
      gap: var(--sam-space-s, 0.5rem);
      margin-top: var(--sam-space-xs, 0.25rem);
      padding-top: var(--sam-space-s, 0.5rem);
      border-top: var(--_rule);
    }

    .reactions {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .reaction-facts {
      margin-top: 0.125rem;
    }

    .excluded {
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    @media print {
      .toggle,
      .past-toggle {
        display: none;
      }
    }
  `,
];
