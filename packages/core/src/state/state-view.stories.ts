import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import '@samspill/core/define.js';
import {
  DATA_STATUSES,
  defineElement,
  localeOf,
  renderDataState,
  stateStyles,
  type DataStatus,
  type SourceFailure,
} from '@samspill/core';

const FAILURES: SourceFailure[] = [
  { kind: 'forbidden', resourceType: 'MedicationStatement', message: '403', origin: { label: 'Fastlegen' } },
  { kind: 'unavailable', resourceType: 'MedicationDispense', message: '503', origin: { label: 'Trondheim kommune' } },
];

const ROWS = ['Paracet tab 500 mg', 'Albyl-E tab 75 mg', 'Metformin tab 500 mg'];

/** Shows the shared state views as any component built on core shows them. */
class StateDemo extends LitElement {
  static override styles = stateStyles;
  @property() status: DataStatus = 'data';

  protected override render() {
    const withData = this.status === 'data' || this.status === 'partial';
    const failing = this.status === 'partial' || this.status === 'error';
    return renderDataState(
      {
        status: this.status,
        data: withData ? ROWS : undefined,
        failures: failing ? FAILURES : [],
        retry: () => this.dispatchEvent(new Event('retry')),
      },
      {
        locale: localeOf(this),
        empty: 'Ingen legemidler er registrert.',
        describe: (rows) => `${rows.length} legemidler`,
        data: (rows) =>
          html`<ul>
            ${rows.map((row) => html`<li>${row}</li>`)}
          </ul>`,
      },
    );
  }
}
defineElement('sam-state-demo', StateDemo);

const meta: Meta<{ status: DataStatus }> = {
  title: 'Core/States',
  argTypes: { status: { control: 'inline-radio', options: DATA_STATUSES } },
  render: ({ status }) => html`<sam-state-demo status=${status}></sam-state-demo>`,
};

export default meta;

type Story = StoryObj<{ status: DataStatus }>;

/** Before a source or resources are connected. */
export const Idle: Story = { args: { status: 'idle' } };
/** A skeleton shaped like the content; screen readers hear "Laster …". */
export const Loading: Story = { args: { status: 'loading' } };
export const Data: Story = { args: { status: 'data' } };
export const Empty: Story = { args: { status: 'empty' } };
/** What loaded, plus a notice of what did not and from where. */
export const Partial: Story = { args: { status: 'partial' } };
/** Nothing could be shown: the reasons and a retry button. */
export const Failed: Story = { args: { status: 'error' } };
