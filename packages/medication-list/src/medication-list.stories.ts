/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Bundle, FhirResource } from 'fhir/r4.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createStaticSource, type FhirSource, type ResourceInput } from '@samspill/core';
import { grantingSource } from '@samspill/core/testing.js';
import { PATIENT_IDS, generatePopulation } from '@samspill/fixtures/generator';
import syntheaRecordUrl from '@samspill/fixtures/data/synthea-smart-bulk-sample-r4/Patient-fb7c882a-collection.json?url';
import pllDocument from '@samspill/fixtures/data/real-world/sfm/Bundle-pll-document.json';
import epicOrder from '@samspill/fixtures/data/real-world/epic/MedicationRequest-eOrdreMetoprolol.json';
import epicDraft from '@samspill/fixtures/data/real-world/epic/MedicationRequest-eUtkastAtorvastatin.json';
import epicMetoprolol from '@samspill/fixtures/data/real-world/epic/Medication-eMedMetoprolol.json';
import epicAtorvastatin from '@samspill/fixtures/data/real-world/epic/Medication-eMedAtorvastatin.json';
import '../src/define.js';
import {
  EXAMPLE_PATIENT,
  REFUSED_STATEMENTS,
  failingSource,
  hostilePatient,
  malformedPatient,
  pendingSource,
  syntheaLikePatient,
  typicalPatient,
} from '../test/medication-examples.browser.js';
import { DAY_NOW, homeCarePatient, nothingTodayPatient } from '../test/medication-day-examples.browser.js';

interface Args {
  locale?: string | undefined;
  patient?: string | undefined;
  resources?: ResourceInput | undefined;
  source?: FhirSource | undefined;
  width?: string | undefined;
  view?: 'list' | 'day' | undefined;
  now?: Date | undefined;
}

// Built once per module: the generator is deterministic, and the large patient is big.
let population: Bundle<FhirResource> | undefined;
let largePopulation: Bundle<FhirResource> | undefined;
const generated = () => (population ??= generatePopulation({ seed: 1 }));
const generatedLarge = () => (largePopulation ??= generatePopulation({ seed: 1, largePatient: true }));

function renderList({ locale, patient, resources, source, width, view, now }: Args) {
  return html`
    <div style="max-width: ${width ?? '100%'}">
      <sam-medication-list
        locale=${ifDefined(locale)}
        patient=${ifDefined(patient)}
        view=${ifDefined(view)}
        .now=${now}
        .resources=${resources}
        .source=${source}
        @sam-select=${(event: HTMLElementEventMap['sam-select']) => {
          console.info('sam-select', event.detail.kind, event.detail.resources.length);
        }}
      ></sam-medication-list>
    </div>
  `;
}

/** A generated patient, built when the story renders rather than when the module loads. */
function generatedPatient(patient: string, large = false): (args: Args) => TemplateResult {
  return (args) =>
    renderList({
      ...args,
      resources: undefined,
      source: createStaticSource(large ? generatedLarge() : generated()),
      patient,
    });
}

const meta: Meta<Args> = {
  title: 'Medication list',
  component: 'sam-medication-list',
  args: { resources: typicalPatient() },
  argTypes: {
    locale: { control: 'inline-radio', options: [undefined, 'nb', 'nn', 'en'] },
    view: { control: 'inline-radio', options: [undefined, 'list', 'day'] },
    now: { control: false },
    patient: { control: 'text' },
    resources: { control: false },
    source: { control: false },
  },
  render: renderList,
};

export default meta;

type Story = StoryObj<Args>;

/** Hand-written no-basis/SFM-style entries: fast, kur, ved behov, one paused, a duplicate, past medicines. */
export const Typical: Story = {};

/** A source that never answers: a skeleton shaped like the list, and "Laster …" for screen readers. */
export const Loading: Story = { args: { resources: undefined, source: pendingSource, patient: 'p1' } };

export const Empty: Story = { args: { resources: [] } };

/** Every search failed: the reason, and a button to try again. */
export const Failed: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: failingSource(typicalPatient(), {
      MedicationStatement: { kind: 'unavailable', resourceType: 'MedicationStatement', status: 503, message: '503' },
      MedicationRequest: { kind: 'unavailable', resourceType: 'MedicationRequest', status: 503, message: '503' },
      MedicationDispense: { kind: 'network', resourceType: 'MedicationDispense', message: 'offline' },
    }),
  },
};

/** The GP's MedicationStatement search is refused: the hospital's prescriptions show, with a notice saying what is missing. */
export const Partial: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: failingSource(typicalPatient(), { MedicationStatement: REFUSED_STATEMENTS }),
  },
};

/** The app's registration does not include the GP's medication use: a quiet line says so, no warning. */
export const NotShared: Story = {
  args: {
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: grantingSource(typicalPatient(), ['MedicationStatement']),
  },
};

export const Nynorsk: Story = { args: { locale: 'nn' } };

export const English: Story = { args: { locale: 'en' } };

/** A generated PLL patient (84, hip fracture, home care, many medicines) from `@samspill/fixtures`. */
export const PllPatient: Story = { render: generatedPatient(PATIENT_IDS.ragnhild) };

/** Metformin from both the hospital and the GP, renewal chains collapsed into one row each. */
export const TwoPrescribers: Story = { render: generatedPatient(PATIENT_IDS.kjell) };

/** A Synthea-like US record: RxNorm names, MedicationRequest only, no bruk, conditional references. */
export const SyntheaLike: Story = { args: { resources: syntheaLikePatient(), locale: 'en' } };

/**
 * A real Synthea record (SMART's bulk-data sample, in @samspill/fixtures with its attribution): RxNorm
 * names, MedicationRequest only, no bruk. Fetched when the story opens: it is 450 kB.
 */
export const SyntheaPatient: Story = {
  loaders: [async () => ({ record: (await (await fetch(syntheaRecordUrl)).json()) as Bundle })],
  render: (args, { loaded }) => renderList({ ...args, resources: loaded.record as Bundle, locale: 'en' }),
};

/**
 * The national medication list (PLL) as NHN's SFM hands it out, a document with its extensions: bruk,
 * bruksområde and kortdosering in each dosage, "Forskrevet av", prescription and expiry dates, a
 * seponert statement with its reason.
 */
export const PllFromSfm: Story = { args: { resources: pllDocument } };

/** PLL in nynorsk: dates and numbers in nynorsk in every browser, with or without nn data. */
export const PllFromSfmNynorsk: Story = { args: { resources: pllDocument, locale: 'nn' } };

/** Epic's orders: three typed doses read as one ("50 mg (= 1 tablett)"), "0800" as "kl. 08:00", a draft dated by its bounds. */
export const EpicOrders: Story = {
  args: { resources: [epicOrder, epicDraft, epicMetoprolol, epicAtorvastatin] as ResourceInput },
};

/** The generator's large patient: hundreds of entries, 25 rows per group until "Vis flere". */
export const LargePatient: Story = { render: generatedPatient(PATIENT_IDS.large, true) };

/** Markup in every field is shown as text, never run. */
export const HostileStrings: Story = { args: { resources: hostilePatient() } };

/** Broken entries get a notice on their own row; the rest of the list shows as usual. */
export const Malformed: Story = { args: { resources: malformedPatient() as ResourceInput } };

/** At 320 px each medicine is a card in a list, sorted from a select; nothing scrolls sideways. */
export const Narrow: Story = { args: { width: '320px' } };

/** The usual way in an app: source and patient from `<sam-fhir-context>`. */
export const InContext: Story = {
  render: () => html`
    <sam-fhir-context .source=${createStaticSource(generated())} patient=${PATIENT_IDS.sofie}>
      <sam-medication-list></sam-medication-list>
    </sam-fhir-context>
  `,
};

// ---------------------------------------------------------------------------------------------
// The day view (view="day"): today's doses by part of the day, for a home-care round and its printout.
// "Now" is pinned to a Thursday morning, 15 January 2026, so the stories show the same day every time.

const day = { view: 'day', now: DAY_NOW } as const;

/**
 * A home-care patient's day: kortdosering "1+0+1+0", FHIR `when` and `timeOfDay` by part of the day, a
 * paused medicine marked in words, "ved behov" apart with its limit, and what cannot be placed at a time
 * (a course with no times, a kortdosering that does not parse, an unknown time code) listed with why.
 * Stopped, ended and Monday-only medicines are not in today's day. Print it: no controls, no dose split.
 */
export const DayView: Story = { args: { ...day, resources: homeCarePatient() } };

export const DayViewNynorsk: Story = { args: { ...day, resources: homeCarePatient(), locale: 'nn' } };

export const DayViewEnglish: Story = { args: { ...day, resources: homeCarePatient(), locale: 'en' } };

/** At 390 px, a tablet held upright or a phone: each dose wraps, nothing scrolls sideways. */
export const DayViewNarrow: Story = { args: { ...day, resources: homeCarePatient(), width: '390px' } };

/** Loading: the list's skeleton and "Laster …". */
export const DayViewLoading: Story = { args: { ...day, resources: undefined, source: pendingSource, patient: 'p1' } };

/** No medicines at all. */
export const DayViewEmpty: Story = { args: { ...day, resources: [] } };

/** Medicines, none of them to be given today: the day says so. */
export const DayViewNothingToday: Story = { args: { ...day, resources: nothingTodayPatient() } };

/** The GP's medication use is not shared with the app: a quiet line says so, the rest of the day shows. */
export const DayViewNotShared: Story = {
  args: {
    ...day,
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: grantingSource(homeCarePatient(), ['MedicationStatement']),
  },
};

/** Every search failed: the reason, and a button to try again. */
export const DayViewFailed: Story = {
  args: {
    ...day,
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: failingSource(homeCarePatient(), {
      MedicationStatement: { kind: 'unavailable', resourceType: 'MedicationStatement', status: 503, message: '503' },
      MedicationRequest: { kind: 'unavailable', resourceType: 'MedicationRequest', status: 503, message: '503' },
      MedicationDispense: { kind: 'network', resourceType: 'MedicationDispense', message: 'offline' },
    }),
  },
};

/** The GP's statements are refused: the municipality's doses show, with a notice naming what is missing. */
export const DayViewPartial: Story = {
  args: {
    ...day,
    resources: undefined,
    patient: EXAMPLE_PATIENT,
    source: failingSource(homeCarePatient(), { MedicationStatement: REFUSED_STATEMENTS }),
  },
};

/** The national list (PLL) as SFM serves it: kortdosering in words, the e-prescription's dosing, ved behov. */
export const DayViewPll: Story = { args: { ...day, resources: pllDocument } };
