import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Bundle, FhirResource } from 'fhir/r4.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createStaticSource, type FhirSource, type ResourceInput } from '@samspill/core';
import { grantingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, generatePopulation } from '@samspill/fixtures/generator';
import oracleCarePlan from '@samspill/fixtures/data/real-world/oracle-health/CarePlan-R4_CARE_PLAN_ENTRY.json';
import dataAbsent from '@samspill/fixtures/data/real-world/malformed/Bundle-data-absent-reason.json';
import '../src/define.js';
import {
  EXAMPLE_PATIENT,
  REFUSED_OBSERVATIONS,
  UNAVAILABLE_PLANS,
  failingSource,
  hostilePatient,
  OVERDUE_NOW,
  malformedPatient,
  overduePatient,
  pendingSource,
  typicalPatient,
  zonePatient,
} from '../test/care-plan-examples.browser.js';

interface Args {
  locale?: string | undefined;
  patient?: string | undefined;
  resources?: ResourceInput | undefined;
  source?: FhirSource | undefined;
  width?: string | undefined;
  now?: Date | undefined;
}

// Built once per module: the generator is deterministic.
let population: Bundle<FhirResource> | undefined;
const generated = () => (population ??= generatePopulation({ seed: 1 }));

function renderPlan({ locale, patient, resources, source, width, now }: Args) {
  return html`
    <div style="max-width: ${width ?? '100%'}">
      <sam-care-plan
        locale=${ifDefined(locale)}
        patient=${ifDefined(patient)}
        .resources=${resources}
        .source=${source}
        .now=${now}
        @sam-select=${(event: HTMLElementEventMap['sam-select']) => {
          console.info('sam-select', event.detail.kind, event.detail.resources.length);
        }}
      ></sam-care-plan>
    </div>
  `;
}

/** A generated patient, built when the story renders rather than when the module loads. */
function generatedPatient(patient: string): (args: Args) => TemplateResult {
  return (args) => renderPlan({ ...args, resources: undefined, source: createStaticSource(generated()), patient });
}

const meta: Meta<Args> = {
  title: 'Care plan',
  component: 'sam-care-plan',
  args: { resources: typicalPatient() },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'nb', 'nn', 'en'] },
    patient: { control: 'text' },
    resources: { control: false },
    source: { control: false },
    now: { control: false },
  },
  render: renderPlan,
};

export default meta;

type Story = StoryObj<Args>;

/** Hand-written: an individuell plan with koordinator, patient goals, a delplan; a finished follow-up plan. */
export const Typical: Story = {};

/** A source that never answers: a skeleton, and "Laster …" for screen readers. */
export const Loading: Story = { args: { resources: undefined, source: pendingSource, patient: 'p1' } };

export const Empty: Story = { args: { resources: [] } };

/** The CarePlan search failed: the reason, and a button to try again. */
export const Failed: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: failingSource(typicalPatient(), { CarePlan: UNAVAILABLE_PLANS }),
  },
};

/** The measurements are refused: the plans show, progress is unknown, and a notice says what is missing. */
export const Partial: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: failingSource(typicalPatient(), { Observation: REFUSED_OBSERVATIONS }),
  },
};

/** Goals are not shared with the app (Epic's registration lacks them): the goals section says so, not "no goals". */
export const GoalsNotShared: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: grantingSource(typicalPatient(), ['Goal', 'Observation']),
  },
};

export const Nynorsk: Story = { args: { locale: 'nn' } };

export const English: Story = { args: { locale: 'en' } };

/** A generated individuell plan (84, hip fracture) with koordinator, delplaner and a training programme. */
export const IndividualPlan: Story = { render: generatedPatient(PATIENT_IDS.ragnhild) };

/** The GP's follow-up plan, with progress towards the weight goal from his weights. */
export const FollowUpPlan: Story = { render: generatedPatient(PATIENT_IDS.kjell) };

/** A traffic-light plan: green, yellow and red zones named in words, each with its criterion and instructions. */
/** A home-care plan the day after wound care was due and not done: flagged in words and a clock, and counted. */
export const OverdueActivity: Story = { args: { resources: overduePatient(), now: OVERDUE_NOW } };

export const ZonePlan: Story = { args: { resources: zonePatient() } };

/** A generated heart-failure self-care plan (Henrik, 76): the zones as HL7 Norway encodes them. */
export const HeartFailureZonePlan: Story = { render: generatedPatient(PATIENT_IDS.henrik) };

/** Markup in every field is shown as text, never run. */
export const HostileStrings: Story = { args: { resources: hostilePatient() } };

/**
 * Oracle Health's published example and a US Core plan whose category has no display: the category
 * named ("Vurdering og behandlingsplan"), the encounter and author that were not loaded in words, the
 * status and title that carry only a data-absent-reason.
 */
export const VendorData: Story = { args: { resources: [oracleCarePlan, dataAbsent] as ResourceInput } };

/** Entries that are not resources get a notice; the broken plan lists its problems; the rest shows as usual. */
export const Malformed: Story = { args: { resources: malformedPatient() as ResourceInput } };

/** At 320 px everything stacks; nothing scrolls sideways. */
export const Narrow: Story = { args: { width: '320px' } };

/** The usual way in an app: source and patient from `<sam-fhir-context>`. */
export const InContext: Story = {
  render: () => html`
    <sam-fhir-context .source=${createStaticSource(generated())} patient=${PATIENT_IDS.ragnhild}>
      <sam-care-plan></sam-care-plan>
    </sam-fhir-context>
  `,
};
