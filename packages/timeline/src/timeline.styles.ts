import { css } from 'lit';
import { componentStyles, stateStyles } from '@samspill/core';

/** A calm list under quiet filters: month headings set apart, events with a marker line on the left. */
export const timelineStyles = [
  stateStyles,
  componentStyles,
  css`
    .count,
    .summary {
      color: var(--_quiet);
    }

    .summary {
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    /* Filters: wrapping groups of small choices, never wider than the host. */
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-s, 0.5rem) var(--sam-space-m, 1rem);
      align-items: flex-start;
      min-width: 0;
    }

    .more-filters {
      flex: 1 1 100%;
      min-width: 0;
    }

    /* The same chevron as the overview's button, turned when open, instead of the native marker. */
    .more-filters > summary {
      display: flex;
      gap: 0.375em;
      align-items: center;
      min-height: 2.75rem;
      list-style: none;
      font-weight: 600;
      font-size: var(--sam-font-size-small, 0.875rem);
      cursor: pointer;
    }

    .more-filters > summary::-webkit-details-marker {
      display: none;
    }

    .more-filters > fieldset + fieldset {
      margin-top: var(--sam-space-s, 0.5rem);
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }

    legend,
    .search > span {
      padding: 0;
      font-weight: 600;
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .search {
      display: grid;
      flex: 1 1 14rem;
      min-width: 0;
    }

    .search input,
    .dates input {
      min-height: 2.75rem;
      min-width: 0;
      max-width: 100%;
      box-sizing: border-box;
      padding: 0 var(--sam-space-s, 0.5rem);
      border: 1px solid var(--sam-color-border, #8a939d);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(--sam-color-surface, #fff);
    }

    .choices,
    .dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--sam-space-m, 1rem);
    }

    .choice {
      display: inline-flex;
      gap: 0.375em;
      align-items: center;
      min-height: 2.75rem;
      min-width: 0;
    }

    .choice input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      flex: none;
    }

    .dates label {
      display: grid;
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .clear {
      align-self: flex-end;
      min-height: 2.75rem;
      padding: 0 var(--sam-space-m, 1rem);
      border: 1px solid var(--sam-color-border, #8a939d);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(--sam-color-surface, #fff);
      cursor: pointer;
    }

    /* The list: a scrolling window over every row; rows outside it are padding. */
    .viewport {
      max-height: var(--sam-timeline-max-height, 36rem);
      overflow-y: auto;
      overscroll-behavior: contain;
      border-block: var(--_rule);
    }

    .rows {
      position: relative;
      margin: 0;
      padding-inline: 0;
      list-style: none;
    }

    .row {
      box-sizing: border-box;
      margin: 0;
    }

    /* The active event, kept rendered in its place while scrolled out of the window. */
    .is-pinned {
      position: absolute;
      inset-inline: 0;
    }

    .row-section {
      padding: var(--sam-space-m, 1rem) var(--sam-space-s, 0.5rem) var(--sam-space-xs, 0.25rem);
    }

    .section-heading {
      font-size: 1.125rem;
      line-height: 1.25;
      padding: var(--sam-space-xs, 0.25rem) var(--sam-space-s, 0.5rem);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(
        --sam-timeline-heading-surface,
        color-mix(in srgb, var(--sam-color-border, #c7ccd1) 25%, transparent)
      );
    }

    .row-day {
      padding: var(--sam-space-s, 0.5rem) var(--sam-space-s, 0.5rem) 0;
    }

    .day-heading {
      font-size: 1rem;
      line-height: 1.5;
    }

    .row-event {
      padding: var(--sam-space-xs, 0.25rem) var(--sam-space-s, 0.5rem);
    }

    .event {
      display: flex;
      gap: var(--sam-space-s, 0.5rem);
      align-items: flex-start;
      min-width: 0;
    }

    /* A line on the left, solid for what happened, dashed for what is ahead (said in words too). */
    .marker {
      flex: none;
      align-self: stretch;
      width: 0;
      border-inline-start: 3px solid var(--sam-color-text-quiet, #505a66);
      margin-inline-start: var(--sam-space-xs, 0.25rem);
    }

    .is-future .marker {
      border-inline-start-style: dashed;
    }

    .event-main {
      display: grid;
      gap: 0.125rem;
      flex: 1 1 auto;
      min-width: 0;
    }

    .event-title {
      justify-self: start;
      min-height: 2.75rem;
      padding: 0;
      border: 0;
      background: none;
      text-align: start;
      font-weight: 600;
      text-decoration: underline;
      text-decoration-thickness: 1px;
      text-underline-offset: 0.2em;
      cursor: pointer;
      overflow-wrap: anywhere;
    }

    .event-meta,
    .event-subtitle,
    .tags {
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .event-meta {
      color: var(--_quiet);
    }

    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-xs, 0.25rem);
    }

    .tags:empty {
      display: none;
    }

    .tag {
      display: inline-block;
      padding: 0 0.5em;
      border: 1px solid var(--sam-color-border, #8a939d);
      border-radius: 0.75rem;
      min-width: 0;
    }

    .tag .icon {
      margin-inline-end: 0.25em;
    }

    .tag-future {
      color: var(--sam-status-planned-text, #0b4f8a);
      background: var(--sam-timeline-future-surface, var(--sam-status-planned-surface, #e8f1fb));
    }

    .overview {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
      min-width: 0;
    }

    .overview-toggle {
      justify-self: start;
      font-weight: 600;
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .disclosure,
    .overview-toggle {
      display: inline-flex;
      gap: 0.375em;
      align-items: center;
      justify-content: center;
      min-width: 2.75rem;
      min-height: 2.75rem;
      border: 1px solid transparent;
      border-radius: var(--sam-radius, 0.375rem);
      background: none;
      cursor: pointer;
    }

    .disclosure {
      flex: none;
    }

    .disclosure:hover,
    .overview-toggle:hover {
      border-color: var(--sam-color-border, #c7ccd1);
    }

    .disclosure .icon,
    .overview-toggle .icon,
    .more-filters .icon {
      transition: rotate 0.15s;
    }

    .more-filters[open] > summary > .icon {
      rotate: 90deg;
    }

    @media (prefers-reduced-motion: reduce) {
      .disclosure .icon,
      .overview-toggle .icon,
      .more-filters .icon {
        transition: none;
      }
    }

    /* An opened event. */
    .details {
      display: grid;
      gap: var(--sam-space-s, 0.5rem);
      margin: var(--sam-space-xs, 0.25rem) 0 var(--sam-space-s, 0.5rem);
      padding-inline-start: calc(var(--sam-space-s, 0.5rem) + 3px + var(--sam-space-xs, 0.25rem));
      min-width: 0;
    }

    .detail-lines,
    .related,
    .attachments {
      margin: 0;
      padding-inline-start: 1.25rem;
    }

    .label {
      font-weight: 600;
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .members {
      width: 100%;
      table-layout: fixed;
      border-collapse: collapse;
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .members caption {
      text-align: start;
      font-weight: 600;
    }

    .members th,
    .members td {
      padding: var(--sam-space-xs, 0.25rem);
      border-bottom: var(--_rule);
      text-align: start;
      vertical-align: top;
      overflow-wrap: anywhere;
    }

    .members tbody th {
      font-weight: normal;
    }

    .attachment {
      overflow-wrap: anywhere;
    }

    .attachment .icon {
      margin-inline-end: 0.25em;
    }

    .attachment-link {
      display: inline-block;
      color: var(--sam-color-link, #0b4f8a);
    }

    .attachment-image {
      display: block;
      max-width: 100%;
      height: auto;
      margin-top: var(--sam-space-xs, 0.25rem);
    }

    .progress {
      display: grid;
      gap: var(--sam-space-xs, 0.25rem);
      font-size: var(--sam-font-size-small, 0.875rem);
    }

    .progress progress {
      width: 100%;
    }
  `,
];
