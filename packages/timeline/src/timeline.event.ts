// What the timeline shows: one event per clinical happening, and the context every builder reads with.
import type { Resource } from 'fhir/r4.js';
import { formatCodeableConcept, untrusted, type Locale } from '@samspill/core/data.js';
import type { EventDate } from './timeline.dates.js';
import type { EventSource } from './timeline.source.js';
import type { TimelineMessages } from './timeline.messages.js';

const { element, list, text } = untrusted;
export type Fields = untrusted.Fields;

/** The kinds of event, in the order the filter lists them. */
export const EVENT_TYPES = [
  'encounter',
  'appointment',
  'condition',
  'procedure',
  'observation',
  'report',
  'document',
  'immunization',
  'medication',
  'care-plan',
  'allergy',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** One thing inside an event: an Observation of a report, a panel or a day's vital signs. */
export interface TimelineMember {
  readonly key: string;
  readonly title: string;
  /** The value as text ("138 mmHg"); empty when there is none. */
  readonly value: string;
  readonly date?: EventDate;
  readonly resource: Resource;
}

export interface TimelineEvent {
  /** Unique in the model: the resource's `Type/id` (with `#end` for a stop), else its place in the input. */
  readonly key: string;
  readonly type: EventType;
  /** The type in words: "Kontakt", "Prøvesvar". */
  readonly typeText: string;
  /** A finer kind in words: the encounter class ("Innleggelse"), the observation category; else empty. */
  readonly category: string;
  /** What happened, type-specific and readable: "Vitale tegn: blodtrykk, puls, vekt". */
  readonly title: string;
  /** One more line: the kind, a value or a count; may be empty. */
  readonly subtitle: string;
  /** Further lines: reasons, results, who did it. */
  readonly details: readonly string[];
  readonly date: EventDate;
  /** The event covers a stretch of time (a stay, a course of treatment), not a moment. */
  readonly span: boolean;
  /** It has not happened yet (an appointment ahead). */
  readonly future: boolean;
  /** The FHIR status code as written; empty when there is none. */
  readonly status: string;
  /** The status in words; empty when there is none. */
  readonly statusText: string;
  readonly source?: EventSource;
  /** What it refers to (its encounter, results, what it is based on). */
  readonly related: readonly RelatedReference[];
  readonly members: readonly TimelineMember[];
  /** The FHIR resources behind the event, as they came: for "Vis kilde". */
  readonly resources: readonly Resource[];
}

/** A resource an event refers to: by `Type/id`, and in words for when it is not in the timeline. */
export interface RelatedReference {
  readonly key: string;
  /** The reference's display, or the name of the resource if it is at hand; else what kind of thing it is and that it was not loaded. */
  readonly text: string;
}

/** What every builder reads with. */
export interface BuildContext {
  readonly locale: Locale;
  readonly timeZone: string;
  readonly now: Date;
  readonly messages: TimelineMessages;
  /** Names of the resources at hand by `Type/id`: organisations, medications. */
  readonly names: ReadonlyMap<string, string>;
}

/** A CodeableConcept as text, read from untrusted JSON. */
export function concept(value: unknown, locale: Locale): string {
  const fields = element(value);
  return fields ? formatCodeableConcept(fields, { locale }) : '';
}

/** The first CodeableConcept of a list (or a lone one) that has text. */
export function firstConcept(value: unknown, locale: Locale): string {
  for (const item of list(value)) {
    const shown = concept(item, locale);
    if (shown) return shown;
  }
  return '';
}

/** The codes of a CodeableConcept (or a list of them), lower-cased. */
export function codesOf(value: unknown): string[] {
  return list(value).flatMap((item) =>
    list(element(item)?.coding).flatMap((coding) => {
      const code = text(element(coding)?.code).toLowerCase();
      return code ? [code] : [];
    }),
  );
}

// A word in Title Case ("Pressure" in "Blood Pressure"): capital, then small letters only.
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
// A first word that reads the same in lower case mid-sentence: "Blodtrykk", not "CRP" or "HbA1c".
const SENTENCE_START = /^\p{Lu}[\p{Ll}\d-]+[,:;]?$/u;

/**
 * Names put in one sentence after a heading: "blodtrykk, puls, CRP". Sentence-case names
 * ("Blodtrykk") are lower-cased at the start; names that are all capitals or mixed ("CRP", "HbA1c",
 * "SpO2") stay as written. When any name is in Title Case ("Blood Pressure"), as Oracle Health's are,
 * every name stays as written: lowering only some would make "blood Pressure" or a list cased two ways.
 */
export function namesInSentence(names: readonly string[]): string[] {
  const titleCase = names.some((name) =>
    name
      .split(/\s+/)
      .slice(1)
      .some((word) => TITLE_WORD.test(word)),
  );
  if (titleCase) return [...names];
  return names.map((name) => {
    const [first = ''] = name.split(/\s+/);
    return SENTENCE_START.test(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  });
}
