import { css } from 'lit';

/**
 * Where every Samspill component's shadow root starts: the host as a block in the `--sam-*` font and
 * colours, a container for its own breakpoints; `.base` as a grid; form controls in the host's font;
 * one focus ring; line icons; `.quiet` secondary text; `.sam-shortened` (renderText); `.facts` of `renderFact`; `.sam-button`, a
 * bordered button at least 44 px square whose chevron turns while what it opens is open; controls that
 * fold behind "Filtrer og søk" in a narrow container (`renderControlsToggle`); `.notes`
 * of icons and words; and the "show source" view (`renderSourceView`).
 * Add it to `static styles` before the component's own rules, which may override the private
 * properties it sets: `--_rule` (a light rule between items), `--_focus` (the focus outline) and
 * `--_quiet` (secondary text).
 */
export const componentStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--sam-font-family, system-ui, sans-serif);
    font-size: var(--sam-font-size, 1rem);
    line-height: var(--sam-line-height, 1.5);
    color: var(--sam-color-text, #1b1f24);
    --_rule: 1px solid color-mix(in srgb, var(--sam-color-border, #c7ccd1) 70%, transparent);
    --_focus: var(--sam-focus-ring-width, 3px) solid var(--sam-color-focus, #1f5fbf);
    --_quiet: var(--sam-color-text-quiet, #505a66);
  }

  :host([hidden]) {
    display: none;
  }

  .base {
    display: grid;
    gap: var(--sam-space-s, 0.5rem);
    min-width: 0;
    overflow-wrap: anywhere;
  }

  /* One heading scale: a section (h2), a group (h3), an item (h4). */
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }

  h2,
  h3,
  h4 {
    line-height: 1.25;
  }

  h2 {
    font-size: 1.25rem;
  }

  h3 {
    font-size: 1rem;
  }

  h4 {
    font-size: var(--sam-font-size-small, 0.875rem);
  }

  button,
  select,
  input {
    font: inherit;
    color: inherit;
  }

  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  a:focus-visible,
  .source:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
    vertical-align: -0.125em;
  }

  .source {
    margin: 0;
    max-height: 24rem;
    overflow: auto;
    padding: var(--sam-space-s, 0.5rem);
    border: 1px solid var(--sam-color-border, #c7ccd1);
    border-radius: var(--sam-radius, 0.375rem);
    background: var(--sam-color-surface, #fff);
    font-size: var(--sam-font-size-small, 0.875rem);
    /* Wrapped, never a horizontal scrollbar: reflow at 320 px. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .quiet {
    color: var(--_quiet);
  }

  /* After text renderText cut short: says so, and where the whole is. */
  .sam-shortened {
    color: var(--_quiet);
    font-size: var(--sam-font-size-small, 0.875rem);
    font-style: italic;
    font-weight: 400;
  }

  /* Terms and values (renderFact): as many columns as fit, none narrower than 12rem. */
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
    gap: var(--sam-space-xs, 0.25rem) var(--sam-space-m, 1rem);
    margin: 0;
  }

  .facts:empty {
    display: none;
  }

  .fact {
    min-width: 0;
  }

  .fact dt {
    font-size: var(--sam-font-size-small, 0.875rem);
    font-weight: 600;
    color: var(--_quiet);
  }

  .fact dd {
    margin: 0;
  }

  /* "ukjent dato", the value as written on demand: a dotted underline says there is more. */
  .unreadable-date {
    display: inline;
  }

  .unreadable-date summary {
    display: inline;
    cursor: pointer;
    text-decoration: underline dotted;
  }

  .unreadable-date summary::-webkit-details-marker {
    display: none;
  }

  .unreadable-date[open] summary {
    margin-inline-end: 0.5em;
  }

  /* A target of at least 44 px (WCAG 2.5.5) for buttons beside dense text. */
  .sam-button,
  .source-toggle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.25em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0 var(--sam-space-s, 0.5rem);
    border: 1px solid var(--sam-color-border, #c7ccd1);
    border-radius: var(--sam-radius, 0.375rem);
    background: var(--sam-color-surface, #fff);
    cursor: pointer;
  }

  .sam-button > .icon,
  .source-toggle > .icon {
    transition: rotate 0.15s;
  }

  /* A disclosure's chevron points down while what it opens is open. */
  [aria-expanded='true'] > .icon {
    rotate: 90deg;
  }

  @media (prefers-reduced-motion: reduce) {
    .sam-button > .icon,
    .source-toggle > .icon {
      transition: none;
    }
  }

  .source-area {
    display: grid;
    gap: var(--sam-space-s, 0.5rem);
  }

  .source-toggle {
    justify-self: start;
  }

  /* "Filtrer og søk" (renderControlsToggle): only a narrow container folds its controls behind it. */
  .sam-controls-toggle {
    display: none;
    justify-self: start;
  }

  @container (max-width: 30rem) {
    .sam-controls-toggle {
      display: inline-flex;
    }
    .sam-foldable:not(.is-open) {
      display: none;
    }
  }

  /* What needs a second look beside an item: an icon and words, in small type. */
  .notes {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .note {
    display: flex;
    gap: 0.375em;
    align-items: baseline;
    font-size: var(--sam-font-size-small, 0.875rem);
  }

  .note .icon {
    translate: 0 0.125em;
  }

  .note.problem {
    color: var(--sam-color-danger-text, #a3101c);
  }

  @media print {
    .sam-controls-toggle,
    .source-toggle,
    .source {
      display: none;
    }
  }
`;
