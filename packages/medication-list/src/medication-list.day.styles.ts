import { css } from 'lit';

/**
 * The day view's own styles, fetched with it (SamMedicationList.day) and adopted beside the
 * list's: one section per part of the day, each dose a line of what to give; in print, no dose split.
 */
export const dayStyles = css`
  /* The day view: one section per part of the day, each dose a line of what to give. */
  .day {
    display: grid;
    gap: var(--_gap);
  }

  .day > h2,
  .day-part > h3 {
    margin: 0;
  }

  /* A part of the day stands out from the doses under it, on a screen and on paper. */
  .day-part > h3 {
    padding-bottom: var(--sam-space-xs, 0.25rem);
    border-bottom: 2px solid currentColor;
    font-size: 1.125rem;
  }

  .day-part {
    display: grid;
    gap: var(--sam-space-xs, 0.25rem);
  }

  .day-intro {
    margin: 0;
    color: var(--sam-color-text-quiet, #505a66);
  }

  .doses {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .dose {
    display: grid;
    gap: 0.125rem;
    padding: var(--sam-space-s, 0.5rem) 0;
    border-bottom: var(--_rule);
  }

  .dose.is-attention {
    padding-inline-start: var(--sam-space-s, 0.5rem);
    border-inline-start: 4px solid var(--sam-medication-list-attention-border, var(--sam-color-warning-text, #7a4a00));
    background: var(--sam-medication-list-attention-surface, var(--sam-color-warning-surface, #fff4dc));
  }

  .dose-main {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--sam-space-m, 1rem);
    align-items: baseline;
  }

  .dose-time {
    min-width: 5.5em;
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  .dose-name {
    font-weight: 700;
  }

  .dose-amount {
    font-weight: 700;
  }

  .dose-instruction,
  .dose-limit,
  .dose-indication {
    color: var(--sam-color-text-quiet, #505a66);
  }

  .dose .note {
    display: flex;
    gap: 0.375rem;
    margin: 0;
  }

  @media (forced-colors: active) {
    .dose.is-attention {
      border-inline-start-color: CanvasText;
    }
  }

  @media print {
    /* A dose is never split across pages, nor a heading left at the foot of one. */
    .dose {
      break-inside: avoid;
    }

    .day > h2,
    .day-part > h3,
    .day-intro {
      break-after: avoid;
    }

    .dose.is-attention {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;
