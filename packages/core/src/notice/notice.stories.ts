import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@samspill/core/define.js';
import { NOTICE_VARIANTS, type SamNotice } from '@samspill/core';

type Args = Pick<SamNotice, 'variant' | 'heading'> & { text: string; action: string };

const meta: Meta<Args> = {
  title: 'Core/Notice',
  component: 'sam-notice',
  argTypes: {
    variant: { control: 'select', options: NOTICE_VARIANTS },
    text: { description: 'The message, in the default slot.', table: { category: 'slots' } },
  },
  args: { variant: 'info', heading: '', text: 'Viser legemidler fra sykehus og fastlege.', action: '' },
  render: ({ variant, heading, text, action }) => html`
    <sam-notice variant=${variant} heading=${heading}>
      ${text} ${action ? html`<button slot="action">${action}</button>` : nothing}
    </sam-notice>
  `,
};

export default meta;

type Story = StoryObj<Args>;

export const Info: Story = {};

export const Partial: Story = {
  args: {
    variant: 'warning',
    heading: 'Noe mangler',
    text: 'Legemidler fra kommunen kunne ikke hentes (ingen tilgang). Listen viser sykehus og fastlege.',
  },
};

export const ErrorWithRetry: Story = {
  args: {
    variant: 'error',
    heading: 'Kunne ikke laste legemiddellisten',
    text: 'Tjenesten svarte ikke.',
    action: 'Prøv igjen',
  },
};

export const Success: Story = {
  args: { variant: 'success', text: 'Listen er oppdatert.' },
};

/** Every variant side by side: the word and the icon shape tell them apart, not the colour alone. */
export const AllVariants: Story = {
  render: () => html`
    <div style="display: grid; gap: 0.5rem">
      ${NOTICE_VARIANTS.map((variant) => html`<sam-notice variant=${variant}>Variant «${variant}».</sam-notice>`)}
    </div>
  `,
};

/** Untrusted text stays text: a heading full of markup is shown, not run. */
export const HostileText: Story = {
  args: {
    variant: 'warning',
    heading: '<img src=x onerror=alert(1)>',
    text: 'Overskriften over kommer fra data og vises som tekst.',
  },
};
