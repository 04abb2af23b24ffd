import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createStaticSource, type FhirSource, type ResourceInput } from '@samspill/core';
import { grantingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, populationResources } from '@samspill/fixtures/generator';
import oracleObservations from '@samspill/fixtures/data/real-world/oracle-health/Bundle-R4_OBSERVATION_BUNDLE.json';
import oracleLabs from '@samspill/fixtures/data/real-world/oracle-health/Bundle-R4_OBSERVATION_PATIENT_BUNDLE.json';
import pllDocument from '@samspill/fixtures/data/real-world/sfm/Bundle-pll-document.json';
import malformedDates from '@samspill/fixtures/data/real-world/malformed/Bundle-malformed-dates.json';
import '../src/define.js';
import {
  EXAMPLE_PATIENT,
  GENERATED_NOW,
  LARGE_PATIENT,
  NOW,
  UNAVAILABLE_ENCOUNTERS,
  failingSource,
  hostilePatient,
  largePatient,
  malformedPatient,
  multiOrganisationSource,
  pendingSource,
  refusedSourceSource,
  typicalPatient,
} from '../test/timeline-examples.browser.js';

interface Args {
  locale?: string | undefined;
  patient?: string | undefined;
  resources?: ResourceInput | undefined;
  source?: FhirSource | undefined;
  now?: Date | undefined;
  width?: string | undefined;
}

function renderTimeline({ locale, patient, resources, source, now, width }: Args) {
  return html`
    <div style="max-width: ${width ?? '100%'}">
      <sam-timeline
        locale=${ifDefined(locale)}
        patient=${ifDefined(patient)}
        .resources=${resources}
        .source=${source}
        .now=${now}
        @sam-select=${(event: HTMLElementEventMap['sam-select']) => {
          console.info('sam-select', event.detail.kind, event.detail.resources.length);
        }}
      ></sam-timeline>
    </div>
  `;
}

const meta: Meta<Args> = {
  title: 'Timeline',
  component: 'sam-timeline',
  args: { resources: typicalPatient(), now: NOW },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'nb', 'nn', 'en'] },
    patient: { control: 'text' },
    resources: { control: false },
    source: { control: false },
    now: { control: false },
  },
  render: renderTimeline,
};

export default meta;

type Story = StoryObj<Args>;

/** Hand-written: five years from kommune, sykehus and fastlege — stays, visits, results, documents, a planned appointment. */
export const Typical: Story = {};

/** A source that never answers: a skeleton, and "Laster …" for screen readers. */
export const Loading: Story = { args: { resources: undefined, source: pendingSource, patient: EXAMPLE_PATIENT } };

export const Empty: Story = { args: { resources: [] } };

/** Every search failed: the reason, and a button to try again. */
export const Failed: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: failingSource([], { Encounter: UNAVAILABLE_ENCOUNTERS }),
  },
};

/** Three organisations' sources merged: every event names where it came from and its care level. */
export const MultiOrganisation: Story = {
  args: { resources: undefined, patient: EXAMPLE_PATIENT, source: multiOrganisationSource() },
};

/** The fastlege refuses: kommune and sykehus still show, and a notice names what is missing. */
export const RefusedSource: Story = {
  args: { resources: undefined, patient: EXAMPLE_PATIENT, source: refusedSourceSource() },
};

/** The app was not granted documents and immunisations: one quiet line names them, no warning. */
export const NotShared: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: grantingSource(typicalPatient(), ['DocumentReference', 'Immunization']),
  },
};

export const Nynorsk: Story = { args: { locale: 'nn' } };

export const English: Story = { args: { locale: 'en' } };

/** Astrid, the generated large patient (over 13 000 events): the list is virtualised, the DOM stays small. */
export const LargePatient: Story = {
  render: (args) => renderTimeline({ ...args, resources: largePatient(), now: GENERATED_NOW }),
};

/** The large patient through a source, as an app meets her: the first events while the rest arrive. */
export const LargePatientLoading: Story = {
  render: (args) =>
    renderTimeline({
      ...args,
      resources: undefined,
      source: createStaticSource(largePatient()),
      patient: LARGE_PATIENT,
      now: GENERATED_NOW,
    }),
};

/** A generated patient with home care from the kommune, a hospital stay and her GP. */
export const GeneratedPatient: Story = {
  render: (args) =>
    renderTimeline({
      ...args,
      resources: undefined,
      source: createStaticSource(populationResources()),
      patient: PATIENT_IDS.ragnhild,
      now: GENERATED_NOW,
    }),
};

/** Markup in every field is shown as text, never run; links that are not https are not links. */
export const HostileStrings: Story = { args: { resources: hostilePatient() } };

/** Entries that are not resources and dates that are not dates get a notice; the rest shows as usual. */
export const Malformed: Story = { args: { resources: malformedPatient() as ResourceInput } };

/**
 * What vendors and national services send: Oracle Health's vital signs and social history (Title Case
 * kept, encounters not loaded named in words, a masked result), the PLL from SFM dated by its
 * extensions and sourced by its document, and dates no one can read, listed with their value on demand.
 */
export const VendorData: Story = {
  args: { resources: [oracleObservations, oracleLabs, pllDocument, malformedDates] as ResourceInput },
};

/** At 320 px the filters stack and nothing scrolls sideways. */
export const Narrow: Story = { args: { width: '320px' } };

/** The usual way in an app: source and patient from `<sam-fhir-context>`. */
export const InContext: Story = {
  render: () => html`
    <sam-fhir-context .source=${multiOrganisationSource()} patient=${EXAMPLE_PATIENT}>
      <sam-timeline .now=${NOW}></sam-timeline>
    </sam-fhir-context>
  `,
};
