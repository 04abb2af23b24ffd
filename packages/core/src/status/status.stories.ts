import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@samspill/core/define.js';

const STATUSES = [
  'active',
  'on-hold',
  'intended',
  'draft',
  'completed',
  'stopped',
  'cancelled',
  'entered-in-error',
  'not-taken',
  'unknown',
];

const meta: Meta<{ status: string }> = {
  title: 'Core/Status',
  component: 'sam-status',
  argTypes: { status: { control: 'select', options: STATUSES } },
  args: { status: 'on-hold' },
  render: ({ status }) => html`<sam-status status=${status}></sam-status>`,
};

export default meta;

type Story = StoryObj<{ status: string }>;

export const OnHold: Story = {};

/** Each status has its own words and icon shape as well as its colour. */
export const AllStatuses: Story = {
  render: () => html`
    <ul style="display: grid; gap: 0.5rem; list-style: none; padding: 0">
      ${STATUSES.map((status) => html`<li><sam-status status=${status}></sam-status> <code>${status}</code></li>`)}
    </ul>
  `,
};
