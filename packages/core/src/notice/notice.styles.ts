import { css } from 'lit';

export const noticeStyles = css`
  :host {
    display: block;
    font-family: var(--sam-font-family, system-ui, sans-serif);
    font-size: var(--sam-font-size, 1rem);
    line-height: var(--sam-line-height, 1.5);
  }

  :host([hidden]) {
    display: none;
  }

  .notice {
    --_text: var(--sam-color-info-text, #0b4f8a);
    --_surface: var(--sam-color-info-surface, #e8f1fb);

    display: flex;
    align-items: flex-start;
    gap: var(--sam-space-s, 0.5rem);
    padding: var(--sam-notice-padding, var(--sam-space-s, 0.5rem) var(--sam-space-m, 1rem));
    border: 1px solid currentColor;
    border-inline-start-width: 0.3rem;
    border-radius: var(--sam-notice-radius, var(--sam-radius, 0.375rem));
    color: var(--_text);
    background: var(--_surface);
  }

  .success {
    --_text: var(--sam-color-success-text, #1d6b35);
    --_surface: var(--sam-color-success-surface, #e9f5ec);
  }

  .warning {
    --_text: var(--sam-color-warning-text, #7a4a00);
    --_surface: var(--sam-color-warning-surface, #fff4dc);
  }

  .error {
    --_text: var(--sam-color-danger-text, #a3101c);
    --_surface: var(--sam-color-danger-surface, #fdecee);
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin-block-start: 0.125em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .message {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  .label,
  .heading {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }

  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
  }
`;
