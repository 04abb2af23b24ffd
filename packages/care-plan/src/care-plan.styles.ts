import { css } from 'lit';
import { componentStyles, stateStyles } from '@samspill/core';

/** Calm sections with light rules; what matters to the patient set apart near the top. */
export const carePlanStyles = [
  stateStyles,
  componentStyles,
  css`
    :host {
      --_gap: var(--sam-care-plan-gap, var(--sam-space-l, 1.5rem));
    }

    h3 {
      display: flex;
      gap: 0.375em;
      align-items: baseline;
      font-size: 1.0625rem;
    }

    /* The list of plans: a tree of buttons. */
    .plans {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .tree {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .tree .tree {
      padding-inline-start: var(--sam-space-l, 1.5rem);
      margin-top: var(--sam-space-xs, 0.25rem);
    }

    .node-row {
      display: flex;
      gap: var(--sam-space-xs, 0.25rem);
      align-items: stretch;
      min-width: 0;
    }

    .disclosure,
    .disclosure-space {
      flex: none;
      width: 2.75rem;
    }

    .plan-button {
      flex: 1 1 auto;
      min-width: 0;
      display: grid;
      gap: 0.125rem;
      min-height: 2.75rem;
      padding: var(--sam-space-xs, 0.25rem) var(--sam-space-s, 0.5rem);
      border: 1px solid var(--sam-color-border, #c7ccd1);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(--sam-color-surface, #fff);
      text-align: start;
      cursor: pointer;
    }

    .plan-button.is-current .plan-title {
      font-weight: 700;
    }

    .plan-button[aria-current='true'] {
      border: 2px solid var(--sam-color-focus, #1f5fbf);
      background: var(
        --sam-care-plan-selected-surface,
        color-mix(in srgb, var(--sam-color-focus, #1f5fbf) 8%, var(--sam-color-surface, #fff))
      );
    }

    .plan-meta {
      font-size: var(--sam-font-size-small, 0.875rem);
      color: var(--sam-color-text-quiet, #505a66);
    }

    /* The chosen plan */
    .plan {
      display: grid;
      gap: var(--_gap);
      min-width: 0;
      margin-top: var(--sam-space-s, 0.5rem);
    }

    .plan-header {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .plan-status {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-xs, 0.25rem) var(--sam-space-s, 0.5rem);
      align-items: baseline;
    }

    .section {
      display: grid;
      gap: var(--sam-space-s, 0.5rem);
      min-width: 0;
    }

    .matters {
      padding: var(--sam-space-m, 1rem);
      border-inline-start: 4px solid var(--sam-color-info-text, #0b4f8a);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(
        --sam-care-plan-matters-surface,
        color-mix(in srgb, var(--sam-color-info-text, #0b4f8a) 6%, var(--sam-color-surface, #fff))
      );
    }

    .description {
      font-size: 1.0625rem;
    }

    .matters-goals,
    .plain-list,
    .zone-instructions {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    .members,
    .items,
    .zone-list {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
    }

    .member {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--sam-space-s, 0.5rem);
      align-items: baseline;
      padding: var(--sam-space-xs, 0.25rem) 0;
      border-bottom: var(--_rule);
    }

    .member-name {
      font-weight: 600;
    }

    .badge {
      display: inline-flex;
      gap: 0.25em;
      align-items: center;
      font-size: var(--sam-font-size-small, 0.875rem);
      font-weight: 700;
      color: var(--sam-color-info-text, #0b4f8a);
    }

    .team-name {
      font-weight: 600;
    }

    .item {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
      padding: var(--sam-space-s, 0.5rem) 0;
      border-bottom: var(--_rule);
      min-width: 0;
    }

    .item-head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-xs, 0.25rem) var(--sam-space-s, 0.5rem);
      align-items: baseline;
      justify-content: space-between;
    }

    .item-title {
      padding: 0;
      min-height: 1.5rem;
      border: 0;
      background: none;
      font-weight: 600;
      text-align: start;
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.2em;
      cursor: pointer;
      min-width: 0;
    }

    .item-title:hover {
      text-decoration-thickness: 2px;
    }

    .target {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
      padding-inline-start: var(--sam-space-s, 0.5rem);
      border-inline-start: 2px solid var(--sam-color-border, #c7ccd1);
    }

    .progress {
      display: flex;
      gap: 0.375em;
      align-items: baseline;
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .progress .icon {
      translate: 0 0.125em;
    }

    .progress-met {
      color: var(--sam-color-success-text, #1d6b35);
      font-weight: 600;
    }

    .progress-not-met {
      color: var(--sam-color-warning-text, #7a4a00);
      font-weight: 600;
    }

    /* Overdue: words and a clock, in the warning colour and bold, never colour alone. */
    .note.overdue {
      color: var(--sam-color-warning-text, #7a4a00);
      font-weight: 600;
    }

    .note.patient {
      color: var(--sam-color-info-text, #0b4f8a);
      font-weight: 600;
    }

    .trend {
      max-width: 100%;
      color: var(--sam-color-info-text, #0b4f8a);
    }

    .activity-group {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .activity-group + .activity-group {
      margin-top: var(--sam-space-s, 0.5rem);
    }

    /* Zones: named in words with a distinct shape; colour is only an extra edge. */
    .zone-list {
      gap: var(--sam-space-s, 0.5rem);
    }

    .zone {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
      padding: var(--sam-space-s, 0.5rem) var(--sam-space-m, 1rem);
      border: 1px solid var(--sam-color-border, #c7ccd1);
      border-inline-start-width: 6px;
      border-radius: var(--sam-radius, 0.375rem);
    }

    .zone-name {
      display: flex;
      gap: 0.375em;
      align-items: baseline;
      font-size: 1rem;
    }

    .zone-green {
      border-inline-start-color: #1d6b35;
    }

    .zone-yellow {
      border-inline-start-color: #b58100;
    }

    .zone-red {
      border-inline-start-color: #a3101c;
    }

    @media (forced-colors: active) {
      .zone,
      .matters {
        border-color: CanvasText;
      }
      .plan-button[aria-current='true'] {
        border-color: Highlight;
      }
    }

    /* Print: the chosen plan only, buttons as text, no source. */
    @media print {
      .plans,
      .source-area,
      .disclosure {
        display: none;
      }

      .item-title {
        text-decoration: none;
        color: inherit;
      }

      .item,
      .zone,
      .member {
        break-inside: avoid;
      }

      .matters {
        background: none;
      }
    }
  `,
];
