import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import '@samspill/core/define.js';
import {
  componentStyles,
  DATA_STATUSES,
  defineElement,
  failuresOf,
  localeOf,
  renderDataState,
  stateStyles,
  type DataStatus,
  type SearchOutcome,
} from '@samspill/core';

/** What went wrong or was left out, as a load reports it. */
const OUTCOMES = {
  failed: [
    {
      resourceType: 'MedicationStatement',
      via: 'search',
      status: 'failed',
      count: 0,
      failures: [
        { kind: 'forbidden', resourceType: 'MedicationStatement', message: '403', origin: { label: 'Fastlegen' } },
      ],
    },
    {
      resourceType: 'MedicationDispense',
      via: 'search',
      status: 'failed',
      count: 0,
      failures: [
        {
          kind: 'unavailable',
          resourceType: 'MedicationDispense',
          message: '503',
          origin: { label: 'Trondheim kommune' },
        },
      ],
    },
  ],
  'not-granted': [
    { resourceType: 'MedicationStatement', via: 'search', status: 'not-granted', count: 0, failures: [] },
    { resourceType: 'MedicationDispense', via: 'search', status: 'not-granted', count: 0, failures: [] },
  ],
  truncated: [{ resourceType: 'MedicationRequest', via: 'search', status: 'truncated', count: 2000, failures: [] }],
  none: [],
} satisfies Record<string, SearchOutcome[]>;

type Outcomes = keyof typeof OUTCOMES;

const ROWS = ['Paracet tab 500 mg', 'Albyl-E tab 75 mg', 'Metformin tab 500 mg'];

/** Shows the shared state views as any component built on core shows them. */
class StateDemo extends LitElement {
  static override styles = [stateStyles, componentStyles];
  @property() status: DataStatus = 'data';
  @property() outcomes: Outcomes = 'none';

  protected override render() {
    const withData = this.status === 'data' || this.status === 'partial';
    const outcomes = OUTCOMES[this.outcomes];
    return renderDataState(
      {
        status: this.status,
        data: withData ? ROWS : undefined,
        outcomes,
        failures: failuresOf(outcomes),
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

interface Args {
  status: DataStatus;
  outcomes: Outcomes;
}

const meta: Meta<Args> = {
  title: 'Core/States',
  argTypes: {
    status: {
      control: 'inline-radio',
      options: DATA_STATUSES,
      description: "The data's state, as `DataController.status` reports it.",
    },
    outcomes: {
      control: 'inline-radio',
      options: Object.keys(OUTCOMES),
      description: 'How the searches went: the notices and the line for types not granted beside the data.',
    },
  },
  args: { outcomes: 'none' },
  render: ({ status, outcomes }) => html`<sam-state-demo status=${status} outcomes=${outcomes}></sam-state-demo>`,
};

export default meta;

type Story = StoryObj<Args>;

/** Before a source or resources are connected. */
export const Idle: Story = { args: { status: 'idle' } };
/** A skeleton shaped like the content; screen readers hear "Laster …". */
export const Loading: Story = { args: { status: 'loading' } };
export const Data: Story = { args: { status: 'data' } };
export const Empty: Story = { args: { status: 'empty' } };
/** What loaded, plus a notice of what did not and from where; a retry only where one may help. */
export const Partial: Story = { args: { status: 'partial', outcomes: 'failed' } };
/** Nothing could be shown: the reasons and a retry button. */
export const Failed: Story = { args: { status: 'error', outcomes: 'failed' } };
/** Types the app was not granted: a quiet line, no warning, no retry. */
export const NotShared: Story = { args: { status: 'data', outcomes: 'not-granted' } };
/** Nothing to show, and some of it was not shared: never a plain "none". */
export const NothingShared: Story = { args: { status: 'empty', outcomes: 'not-granted' } };
/** A search stopped at its page limit: what was kept, and that there is more. */
export const Truncated: Story = { args: { status: 'data', outcomes: 'truncated' } };
