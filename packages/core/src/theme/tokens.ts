import { css } from 'lit';

/**
 * The colour themes Samspill ships: `auto` follows the user's `prefers-color-scheme`; `high-contrast`
 * is black on white with saturated status colours (7:1 text contrast). Windows' forced colours
 * override all of them, as they should.
 */
export const THEMES = ['auto', 'light', 'dark', 'high-contrast'] as const;

export type Theme = (typeof THEMES)[number];

/**
 * Global design tokens (`--sam-*`) for a document. Custom properties inherit into shadow roots, so
 * one adoption at the top of the page styles every component; `data-sam-theme="light|dark"` on any
 * ancestor pins a theme, otherwise the user's colour scheme decides. Components read these tokens
 * with fallbacks, so they still render sensibly on a page that never adopted them.
 */
export const themeStyles = css`
  :root,
  [data-sam-theme] {
    color-scheme: light dark;

    --sam-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --sam-font-size: 1rem;
    --sam-font-size-small: 0.875rem;
    --sam-line-height: 1.5;
    --sam-space-xs: 0.25rem;
    --sam-space-s: 0.5rem;
    --sam-space-m: 1rem;
    --sam-space-l: 1.5rem;
    --sam-radius: 0.375rem;
    --sam-focus-ring-width: 3px;

    --sam-color-surface: light-dark(#ffffff, #16191d);
    --sam-color-text: light-dark(#1b1f24, #e8eaed);
    --sam-color-text-quiet: light-dark(#505a66, #aab2bd);
    --sam-color-border: light-dark(#c7ccd1, #3b434d);
    --sam-color-focus: light-dark(#1f5fbf, #8ab4f8);

    --sam-color-info-text: light-dark(#0b4f8a, #9cc8f5);
    --sam-color-info-surface: light-dark(#e8f1fb, #10263b);
    --sam-color-success-text: light-dark(#1d6b35, #8fd6a3);
    --sam-color-success-surface: light-dark(#e9f5ec, #12301c);
    --sam-color-warning-text: light-dark(#7a4a00, #f3c26b);
    --sam-color-warning-surface: light-dark(#fff4dc, #3a2a0c);
    --sam-color-danger-text: light-dark(#a3101c, #f5a3ab);
    --sam-color-danger-surface: light-dark(#fdecee, #3d1418);

    /* Clinical statuses (see statusPresentation): each also has its own word and icon. */
    --sam-status-current-text: var(--sam-color-success-text);
    --sam-status-current-surface: var(--sam-color-success-surface);
    --sam-status-attention-text: var(--sam-color-warning-text);
    --sam-status-attention-surface: var(--sam-color-warning-surface);
    --sam-status-planned-text: var(--sam-color-info-text);
    --sam-status-planned-surface: var(--sam-color-info-surface);
    --sam-status-ended-text: light-dark(#3d4650, #c5ccd4);
    --sam-status-ended-surface: light-dark(#eef0f2, #262b31);
    --sam-status-error-text: var(--sam-color-danger-text);
    --sam-status-error-surface: var(--sam-color-danger-surface);
  }

  [data-sam-theme='light'] {
    color-scheme: light;
  }

  [data-sam-theme='dark'] {
    color-scheme: dark;
  }

  [data-sam-theme='high-contrast'] {
    color-scheme: light;
    --sam-color-surface: #ffffff;
    --sam-color-text: #000000;
    --sam-color-text-quiet: #1b1f24;
    --sam-color-border: #000000;
    --sam-color-focus: #0000c8;
    --sam-color-info-text: #00306b;
    --sam-color-info-surface: #ffffff;
    --sam-color-success-text: #00451c;
    --sam-color-success-surface: #ffffff;
    --sam-color-warning-text: #4d2c00;
    --sam-color-warning-surface: #ffffff;
    --sam-color-danger-text: #7a000b;
    --sam-color-danger-surface: #ffffff;
    --sam-status-ended-text: #000000;
    --sam-status-ended-surface: #ffffff;
    --sam-focus-ring-width: 4px;
  }
`;
