import { css } from 'lit';
import { componentStyles, stateStyles } from '@samspill/core';
import { iconStyles } from './medication-list.icons.js';
import { statusStyles } from './medication-list.status.js';

/** Light rules between rows, no vertical lines (NHS CUI: avoid strong grid lines). */
export const medicationListStyles = [
  stateStyles,
  componentStyles,
  iconStyles,
  statusStyles,
  css`
    :host {
      --_gap: var(--sam-medication-list-gap, var(--sam-space-l, 1.5rem));
      --_rule: var(
        --sam-medication-list-row-border,
        1px solid color-mix(in srgb, var(--sam-color-border, #c7ccd1) 70%, transparent)
      );
    }

    /* Words break only where they must: a table's columns size by its longest word. */
    .base {
      overflow-wrap: break-word;
    }

    /* Controls: side by side when there is room, stacked below 30rem. */
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-s, 0.5rem) var(--sam-space-m, 1rem);
      align-items: end;
    }

    .control {
      display: grid;
      gap: 0.125rem;
      font-size: var(--sam-font-size-small, 0.875rem);
      font-weight: 600;
      min-width: 0;
    }

    .control select,
    .control input {
      font-weight: 400;
      min-height: 2.75rem;
      max-width: 100%;
      padding: 0 var(--sam-space-s, 0.5rem);
      border: 1px solid var(--sam-color-border, #c7ccd1);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(--sam-color-surface, #fff);
      box-sizing: border-box;
    }

    .control.search {
      flex: 1 1 12rem;
    }

    @container (max-width: 30rem) {
      .controls {
        display: grid;
      }
      .control select,
      .control input {
        width: 100%;
      }
    }

    .count:empty {
      display: none;
    }

    .count {
      margin: 0;
      font-size: var(--sam-font-size-small, 0.875rem);
      color: var(--sam-color-text-quiet, #505a66);
    }

    .section {
      display: grid;
      gap: var(--sam-space-s, 0.5rem);
      min-width: 0;
    }

    .section + .section {
      margin-top: var(--_gap);
    }

    /* Past medicines: set apart by a surface, a dashed rule and regular-weight names (MEDv-025). */
    .past {
      padding: var(--sam-space-m, 1rem);
      border-top: 2px dashed var(--sam-color-border, #c7ccd1);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(
        --sam-medication-list-past-surface,
        color-mix(in srgb, var(--sam-color-text, #1b1f24) 4%, var(--sam-color-surface, #fff))
      );
    }

    .is-current .name {
      font-weight: 700;
    }

    .name {
      display: inline;
      padding: 0;
      min-height: 1.5rem;
      border: 0;
      background: none;
      text-align: start;
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.2em;
      cursor: pointer;
    }

    .name:hover {
      text-decoration-thickness: 2px;
    }

    /* Table */
    .table-scroll {
      overflow-x: auto;
    }

    .table {
      width: 100%;
      border-collapse: collapse;
    }

    .table th,
    .table td {
      padding: var(--sam-space-s, 0.5rem);
      text-align: start;
      vertical-align: top;
      border-bottom: var(--_rule);
    }

    .table thead th {
      font-size: var(--sam-font-size-small, 0.875rem);
      white-space: nowrap;
      vertical-align: middle;
      border-bottom-width: 2px;
    }

    .table .date {
      white-space: nowrap;
    }

    .table .name-cell {
      font-weight: 400;
      width: 28%;
      min-width: 10rem;
    }

    .table .dosage {
      width: 24%;
      min-width: 8rem;
    }

    .sort {
      display: inline-flex;
      align-items: center;
      gap: 0.25em;
      min-height: 1.5rem;
      padding: 0;
      border: 0;
      background: none;
      font-weight: 600;
      cursor: pointer;
    }

    .group-heading th {
      padding-top: var(--sam-space-m, 1rem);
      border-bottom: 0;
    }

    .details-row > td {
      padding-top: 0;
    }

    .toggle-cell {
      width: 1%;
      text-align: end;
    }

    /* On hold: an edge, a surface, and the words "Pauset – vær oppmerksom" (MEDv-024). */
    tr.is-attention > :first-child,
    .card.is-attention {
      border-inline-start: 4px solid var(--sam-medication-list-attention-border, var(--sam-color-warning-text, #7a4a00));
    }

    tr.is-attention > th,
    tr.is-attention > td,
    .card.is-attention {
      background: var(--sam-medication-list-attention-surface, var(--sam-color-warning-surface, #fff4dc));
    }

    .lines,
    .history {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .history {
      display: grid;
      gap: 0.125rem;
      padding-inline-start: var(--sam-space-m, 1rem);
      list-style: disc;
    }

    .note {
      margin-top: 0.125rem;
      font-weight: 400;
    }

    .note.attention {
      font-weight: 700;
      color: var(--sam-color-warning-text, #7a4a00);
    }

    .note.summary {
      margin: 0;
      font-size: inherit;
    }

    .note.duplicate {
      color: var(--sam-color-danger-text, #a3101c);
    }

    .note.flag {
      color: var(--sam-color-info-text, #0b4f8a);
    }

    /* Cards */
    div.group {
      display: grid;
      gap: var(--sam-space-s, 0.5rem);
    }

    div.group + div.group {
      margin-top: var(--sam-space-m, 1rem);
    }

    .cards {
      display: grid;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .card {
      overflow-wrap: anywhere;
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
      padding: var(--sam-space-s, 0.5rem);
      border-bottom: var(--_rule);
      min-width: 0;
    }

    .card-head {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-xs, 0.25rem) var(--sam-space-s, 0.5rem);
      align-items: baseline;
      justify-content: space-between;
    }

    .card .toggle {
      justify-self: start;
    }

    .more-row {
      margin: 0;
    }

    /* Details */
    .details {
      display: grid;
      gap: var(--sam-space-s, 0.5rem);
      padding: var(--sam-space-s, 0) 0;
    }

    @media (forced-colors: active) {
      tr.is-attention > :first-child,
      .card.is-attention {
        border-inline-start-color: CanvasText;
      }
    }

    /* Print: every row (the element renders them all), no controls, names as text. */
    @media print {
      .controls,
      .count,
      .toggle,
      .toggle-cell,
      .more-row,
      .table thead th:last-child {
        display: none;
      }

      .name,
      .sort {
        text-decoration: none;
        color: inherit;
      }

      .sort .icon {
        display: none;
      }

      .table tr {
        break-inside: avoid;
      }

      .past {
        background: none;
      }
    }
  `,
];
