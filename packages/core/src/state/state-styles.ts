import { css } from 'lit';

/** Styles for the shared state views (`renderDataState`); add to a component's `static styles` with `componentStyles`. */
export const stateStyles = css`
  .sam-visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .sam-state {
    display: grid;
    gap: var(--sam-space-s, 0.5rem);
  }

  .sam-empty {
    margin: 0;
    color: var(--sam-color-text-quiet, #505a66);
  }

  .sam-not-shared {
    display: flex;
    gap: var(--sam-space-xs, 0.25rem);
    align-items: baseline;
    margin: 0;
    color: var(--sam-color-text-quiet, #505a66);
    font-size: var(--sam-font-size-small, 0.875rem);
  }

  .sam-problems {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .sam-retry {
    font: inherit;
    padding: var(--sam-space-xs, 0.25rem) var(--sam-space-m, 1rem);
    border: 1px solid currentColor;
    border-radius: var(--sam-radius, 0.375rem);
    color: inherit;
    background: var(--sam-color-surface, #fff);
    cursor: pointer;
    min-height: 2.75rem;
  }

  .sam-retry:focus-visible {
    outline: var(--sam-focus-ring-width, 3px) solid var(--sam-color-focus, #1f5fbf);
    outline-offset: 2px;
  }

  .sam-skeleton {
    display: grid;
    gap: var(--sam-space-s, 0.5rem);
  }

  .sam-skeleton-line {
    display: block;
    height: 1.25em;
    /* Each line 15 % shorter than the one above; set by place, not by a style attribute (a strict CSP refuses those). */
    width: calc(100% - var(--_i, 0) * 15%);
    border-radius: var(--sam-radius, 0.375rem);
    background:
      linear-gradient(
          90deg,
          transparent,
          color-mix(in srgb, var(--sam-color-surface, #fff) 60%, transparent),
          transparent
        )
        0 0 / 200% 100%,
      var(--sam-color-skeleton, color-mix(in srgb, var(--sam-color-text, #1b1f24) 10%, transparent));
    animation: sam-shimmer 1.5s linear infinite;
  }

  .sam-skeleton-line:nth-child(2) {
    --_i: 1;
  }
  .sam-skeleton-line:nth-child(3) {
    --_i: 2;
  }
  .sam-skeleton-line:nth-child(4) {
    --_i: 3;
  }
  .sam-skeleton-line:nth-child(5) {
    --_i: 4;
  }
  .sam-skeleton-line:nth-child(6) {
    --_i: 5;
  }
  .sam-skeleton-line:nth-child(7) {
    --_i: 6;
  }
  .sam-skeleton-line:nth-child(n + 8) {
    --_i: 7;
  }

  @keyframes sam-shimmer {
    to {
      background-position:
        -200% 0,
        0 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .sam-skeleton-line {
      animation: none;
    }
  }
`;
