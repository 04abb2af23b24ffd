import { css } from 'lit';

/**
 * Where every Samspill component's shadow root starts: the host as a block in the `--sam-*` font and
 * colours, a container for its own breakpoints; `.base` as a grid; form controls in the host's font;
 * one focus ring; line icons; and `.source`, the `<pre>` of a "show source" view (`formatSourceJson`).
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
`;
