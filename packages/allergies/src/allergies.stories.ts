/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Bundle, FhirResource } from 'fhir/r4.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createStaticSource, mergeSources, type FhirSource, type ResourceInput } from '@samspill/core';
import { grantingSource, pendingSource, recordingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, generatePopulation } from '@samspill/fixtures/generator';
import hl7Example from '@samspill/fixtures/data/hl7-r4-examples/AllergyIntolerance-example.json';
import hl7Medication from '@samspill/fixtures/data/hl7-r4-examples/AllergyIntolerance-medication.json';
import hl7Fish from '@samspill/fixtures/data/hl7-r4-examples/AllergyIntolerance-fishallergy.json';
import hl7Nka from '@samspill/fixtures/data/hl7-r4-examples/AllergyIntolerance-nka.json';
import syntheaRecordUrl from '@samspill/fixtures/data/synthea-iris-fhir-template-r4/Margie619_Hettinger594_29428a22-5f03-492e-83bb-da34bb2a12c9.json?url';
import '../src/define.js';
import {
  EXAMPLE_PATIENT,
  REFUSED_PEOPLE,
  UNAVAILABLE_ALLERGIES,
  contradictedPatient,
  hostilePatient,
  malformedPatient,
  noKnownPatient,
  typicalPatient,
} from '../test/allergies-examples.js';

interface Args {
  locale?: string | undefined;
  patient?: string | undefined;
  resources?: ResourceInput | undefined;
  source?: FhirSource | undefined;
  width?: string | undefined;
  theme?: 'light' | 'dark' | undefined;
}

// Built once per module: the generator is deterministic.
let population: Bundle<FhirResource> | undefined;
const generated = () => (population ??= generatePopulation({ seed: 1 }));

function renderAllergies({ locale, patient, resources, source, width, theme }: Args) {
  return html`
    <div
      data-sam-theme=${ifDefined(theme)}
      style="max-width: ${width ?? '100%'}; padding: 0.5rem; background: var(--sam-color-surface); color: var(--sam-color-text)"
    >
      <sam-allergies
        locale=${ifDefined(locale)}
        patient=${ifDefined(patient)}
        .resources=${resources}
        .source=${source}
        @sam-select=${(event: HTMLElementEventMap['sam-select']) => {
          console.info('sam-select', event.detail.kind, event.detail.resources.length);
        }}
      ></sam-allergies>
    </div>
  `;
}

/** A generated patient, built when the story renders rather than when the module loads. */
function generatedPatient(patient: string): (args: Args) => TemplateResult {
  return (args) => renderAllergies({ ...args, resources: undefined, source: createStaticSource(generated()), patient });
}

/** Searches answered "503 Service Unavailable". */
const unavailable: FhirSource = {
  ...createStaticSource([]),
  search: () =>
    Promise.resolve({ resources: [], included: [], issues: [], failures: [UNAVAILABLE_ALLERGIES], truncated: false }),
};

/** A server without `_include` that refuses to say who recorded them. */
function peopleRefused(): FhirSource {
  const inner = createStaticSource(typicalPatient());
  const withoutIncludes: FhirSource = {
    search: async (type, params, options) => ({ ...(await inner.search(type, params, options)), included: [] }),
    read: (reference, options) => inner.read(reference, options),
  };
  return recordingSource(withoutIncludes, {
    failRead: (reference) => (reference.startsWith('PractitionerRole/') ? REFUSED_PEOPLE : undefined),
  }).source;
}

const meta: Meta<Args> = {
  title: 'Allergies',
  component: 'sam-allergies',
  args: { resources: typicalPatient() },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'nb', 'nn', 'en'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    patient: { control: 'text' },
    resources: { control: false },
    source: { control: false },
  },
  render: renderAllergies,
};

export default meta;

type Story = StoryObj<Args>;

/**
 * Kritisk ones first (penicillin, peanuts), an unconfirmed contrast agent marked in words, a resolved
 * one behind "Ikke lenger aktive", and a line saying what was left out (refuted, entered in error).
 */
export const Typical: Story = {};

/** A source that never answers: a skeleton, and "Laster …" for screen readers. */
export const Loading: Story = { args: { resources: undefined, source: pendingSource, patient: EXAMPLE_PATIENT } };

/** Nothing recorded: said as such, "in this record" — never "no known allergies". */
export const Empty: Story = { args: { resources: [] } };

/** The app was not granted allergies: a warning that they could not be checked, no list, never "none". */
export const NotGranted: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: grantingSource(typicalPatient(), ['AllergyIntolerance']),
  },
};

/** The search failed: could not be checked, why, and "Prøv igjen". */
export const Failed: Story = { args: { resources: undefined, patient: EXAMPLE_PATIENT, source: unavailable } };

/** The allergies loaded, who recorded them could not be read: the rows, and a notice naming what is missing. */
export const Partial: Story = { args: { resources: undefined, patient: EXAMPLE_PATIENT, source: peopleRefused() } };

/** One organisation of two did not answer: its allergies may be missing, and the warning says whose. */
export const PartlyChecked: Story = {
  render: (args) =>
    renderAllergies({
      ...args,
      resources: undefined,
      patient: EXAMPLE_PATIENT,
      source: mergeSources([
        { source: createStaticSource(typicalPatient()), label: 'Fjordvik legekontor' },
        { source: unavailable, label: 'St. Olavs hospital' },
      ]),
    }),
};

/** A record coded "no known allergy" (SNOMED CT 716186003): the only way the view says it. */
export const NoKnownAllergies: Story = { args: { resources: noKnownPatient() } };

/** "No known drug allergy" beside a current penicillin allergy: the two disagree, and the view says so. */
export const Contradicted: Story = { args: { resources: contradictedPatient() } };

export const Nynorsk: Story = { args: { locale: 'nn' } };

export const English: Story = { args: { locale: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** HL7's published AllergyIntolerance examples (cashew nuts, penicillin G unconfirmed, fish, NKA), in English. */
export const Hl7Examples: Story = {
  args: { resources: [hl7Example, hl7Medication, hl7Fish, hl7Nka] as ResourceInput, locale: 'en' },
};

/**
 * A real Synthea record (in @samspill/fixtures with its attribution): eight environmental and food
 * allergies, one inactive. Fetched when the story opens.
 */
export const SyntheaPatient: Story = {
  loaders: [async () => ({ record: (await (await fetch(syntheaRecordUrl)).json()) as Bundle })],
  render: (args, { loaded }) => renderAllergies({ ...args, resources: loaded.record as Bundle, locale: 'en' }),
};

/** A generated patient (84, home care): a kritisk penicillin allergy from her fastlege, a plaster intolerance. */
export const GeneratedPatient: Story = { render: generatedPatient(PATIENT_IDS.ragnhild) };

/** Henrik: a refuted and an entered-in-error record, both left out and counted. */
export const OnlyLeftOut: Story = { render: generatedPatient(PATIENT_IDS.henrik) };

/** Markup in every field is shown as text, never run. */
export const HostileStrings: Story = { args: { resources: hostilePatient() } };

/** No code, wrong types, unknown codes, an unreadable date: what can be read, and a word for the rest. */
export const Malformed: Story = { args: { resources: malformedPatient() as ResourceInput } };

/** An EHR side pane at 390 px: nothing scrolls sideways. */
export const Narrow: Story = { args: { width: '390px' } };

/** The usual way in an app: source and patient from `<sam-fhir-context>`, above the medication list. */
export const InContext: Story = {
  render: () => html`
    <sam-fhir-context .source=${createStaticSource(generated())} patient=${PATIENT_IDS.sofie}>
      <sam-allergies></sam-allergies>
    </sam-fhir-context>
  `,
};
