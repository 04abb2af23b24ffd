import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@samspill/core/define.js';
import { NOTICE_VARIANTS, THEMES } from '@samspill/core';

const STATUSES = ['active', 'on-hold', 'intended', 'completed', 'stopped', 'entered-in-error', 'unknown'];
const COLOURS = ['surface', 'text', 'text-quiet', 'border', 'focus'];

const meta: Meta = {
  title: 'Core/Design tokens',
  parameters: { layout: 'fullscreen' },
};

export default meta;

/** Every theme side by side: the surface colours, the notices and the clinical statuses. */
export const Themes: StoryObj = {
  render: () => html`
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr))">
      ${THEMES.map(
        (theme) => html`
          <section
            data-sam-theme=${theme}
            style="display: grid; gap: 0.5rem; align-content: start; padding: 1rem;
              background: var(--sam-color-surface); color: var(--sam-color-text)"
          >
            <h2 style="margin: 0; font-size: 1.1rem">${theme}</h2>
            <ul style="margin: 0; padding: 0; list-style: none; display: grid; gap: 0.25rem">
              ${COLOURS.map(
                (name) => html`
                  <li style="display: flex; align-items: center; gap: 0.5rem">
                    <span
                      style="inline-size: 1.5rem; block-size: 1.5rem; border: 1px solid var(--sam-color-border);
                        background: var(--sam-color-${name})"
                    ></span>
                    <code>--sam-color-${name}</code>
                  </li>
                `,
              )}
            </ul>
            ${NOTICE_VARIANTS.map((variant) => html`<sam-notice variant=${variant}>Varsel: ${variant}</sam-notice>`)}
            <p style="display: flex; flex-wrap: wrap; gap: 0.25rem; margin: 0">
              ${STATUSES.map((status) => html`<sam-status status=${status}></sam-status>`)}
            </p>
          </section>
        `,
      )}
    </div>
  `,
};
