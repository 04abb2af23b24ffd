import { css } from 'lit';

/** The colour themes Samspill ships; `auto` follows the user's `prefers-color-scheme`. */
export const THEMES = ['auto', 'light', 'dark'] as const;

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
  }

  [data-sam-theme='light'] {
    color-scheme: light;
  }

  [data-sam-theme='dark'] {
    color-scheme: dark;
  }
`;
