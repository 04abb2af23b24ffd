import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import '../src/define-overview.js';
import { timelineModel, type SamRangeChangeEvent, type TimelineEvent } from '../src/index.js';
import { GENERATED_NOW, NOW, largePatient, typicalPatient } from '../test/timeline-examples.browser.js';

interface Args {
  events: readonly TimelineEvent[];
  now: Date;
  locale?: string | undefined;
  selection?: { from: Date; to: Date } | undefined;
  width?: string | undefined;
}

const typicalEvents = () => timelineModel(typicalPatient(), { now: NOW }).events;

const meta: Meta<Args> = {
  title: 'Timeline/Overview axis',
  component: 'sam-timeline-overview',
  args: { now: NOW },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'nb', 'nn', 'en'] },
    events: { control: false },
    now: { control: false },
    selection: { control: false },
  },
  render: ({ events, now, locale, selection, width }) => html`
    <div style="max-width: ${width ?? '100%'}">
      <sam-timeline-overview
        locale=${ifDefined(locale)}
        .events=${events}
        .now=${now}
        .selection=${selection}
        @sam-range-change=${(event: SamRangeChangeEvent) => {
          console.info('sam-range-change', event.detail?.from.toISOString(), event.detail?.to.toISOString());
        }}
      ></sam-timeline-overview>
    </div>
  `,
};

export default meta;

type Story = StoryObj<Args>;

/** Five years from kommune, sykehus and fastlege: lanes per kind of event, stays as bars. */
export const Typical: Story = { render: (args) => meta.render!({ ...args, events: typicalEvents() }, {} as never) };

/** A chosen range: outlined on the chart and described in words. */
export const WithSelection: Story = {
  render: (args) =>
    meta.render!(
      {
        ...args,
        events: typicalEvents(),
        selection: { from: new Date('2023-01-01T00:00:00+01:00'), to: new Date('2024-01-01T00:00:00+01:00') },
      },
      {} as never,
    ),
};

/** Over 13 000 events: counted into marks that grow with their count, so the chart stays small. */
export const LargePatient: Story = {
  render: (args) =>
    meta.render!(
      { ...args, events: timelineModel(largePatient(), { now: GENERATED_NOW }).events, now: GENERATED_NOW },
      {} as never,
    ),
};

export const English: Story = {
  render: (args) => meta.render!({ ...args, locale: 'en', events: typicalEvents() }, {} as never),
};

/** At 320 px the lane names sit above their lanes; nothing scrolls sideways. */
export const Narrow: Story = {
  render: (args) => meta.render!({ ...args, width: '320px', events: typicalEvents() }, {} as never),
};
