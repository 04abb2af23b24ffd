// What every part of the allergy model reads with, within one call: the language, the resources at
// hand by `Type/id`, and readers for references, dates and words that never throw.
import type { HumanName } from 'fhir/r4.js';
import {
  formatCodeableConcept,
  formatDate,
  formatHumanName,
  formatReference,
  parsePartialDate,
  referenceType,
  resolveLocale,
  resolveReference,
  resourceKey,
  untrusted,
  type FormatOptions,
  type Locale,
  type PartialDatePrecision,
} from '@samspill/core/data.js';
import { allergyMessages, type AllergyMessages } from './allergies.messages.js';

const { element, text } = untrusted;

// More items than any real record repeats: a longer list is cut, never walked for minutes.
const MAX_ITEMS = 10_000;

/**
 * A repeating element as a dense list (a lone value as a list of one); holes of a sparse array read
 * as missing items, never skipped by one loop and seen by another.
 */
export function list(value: unknown): readonly unknown[] {
  const items = untrusted.list(value);
  return Array.from(items.length > MAX_ITEMS ? items.slice(0, MAX_ITEMS) : items);
}
export type Fields = untrusted.Fields;

/** A date as written and as read: "2004" stays a year; one that cannot be read keeps its value. */
export interface AllergyDate {
  /** As it is in the resource ('' for a value that is not even text). */
  readonly value: string;
  /** Formatted at its own precision in Europe/Oslo; '' when it cannot be read. */
  readonly text: string;
  readonly unreadable: boolean;
  readonly precision?: PartialDatePrecision;
  /** The first instant it covers, in milliseconds (for sorting). */
  readonly startMs?: number;
}

export interface AllergyReaderOptions {
  readonly locale?: Locale | undefined;
  readonly now?: Date | number | undefined;
  readonly timeZone?: string | undefined;
}

export interface AllergyReader {
  readonly locale: Locale;
  readonly m: AllergyMessages;
  readonly format: FormatOptions;
  readonly timeZone: string | undefined;
  /** Every resource at hand by `Type/id` and by Bundle `fullUrl` (the first one wins). */
  readonly index: Map<string, Fields>;
}

export function createReader(
  options: AllergyReaderOptions,
  resources: readonly Fields[],
  fullUrls: ReadonlyMap<string, Fields> = new Map(),
): AllergyReader {
  const locale = resolveLocale(options.locale);
  const given = options.now instanceof Date ? options.now.getTime() : options.now;
  // Only an instant a Date can hold; anything else is the real clock.
  const nowMs = typeof given === 'number' && Number.isFinite(given) && Math.abs(given) <= 8.64e15 ? given : Date.now();
  const timeZone = typeof options.timeZone === 'string' && options.timeZone ? options.timeZone : undefined;
  const format: FormatOptions = { locale, now: new Date(nowMs), ...(timeZone ? { timeZone } : {}) };
  const index = new Map<string, Fields>();
  for (const [url, fields] of fullUrls) if (!index.has(url)) index.set(url, fields);
  for (const fields of resources) {
    const key = resourceKey(fields);
    if (key !== undefined && !index.has(key)) index.set(key, fields);
  }
  return { locale, m: allergyMessages[locale], format, timeZone, index };
}

/** What a reference points at: a contained resource (`#id`), else a resource at hand. */
export function resolve(reader: AllergyReader, reference: unknown, container?: Fields): Fields | undefined {
  return resolveReference(reader.index, reference, container);
}

/** A CodeableConcept in words, or '' for anything that is not one. */
export function conceptText(reader: AllergyReader, value: unknown): string {
  const fields = element(value);
  return fields ? clean(formatCodeableConcept(fields, reader.format)) : '';
}

/**
 * Who a reference names, in words: the resolved person's or organisation's name, else the
 * reference's display or kind ("Helsepersonell (ikke hentet)"); the patient as "Pasienten".
 */
export function referenceText(reader: AllergyReader, reference: unknown, container?: Fields): string {
  const target = resolve(reader, reference, container);
  const named = target ? nameOf(reader, target, container) : '';
  if (named) return named;
  const fields = element(reference);
  if (!fields) return '';
  const display = clean(fields.display);
  if (!display && (target?.resourceType === 'Patient' || referenceType(fields) === 'Patient')) return reader.m.patient;
  return clean(formatReference(fields, reader.format));
}

/** What a person, a role or an organisation is called; a PractitionerRole by its practitioner. */
export function nameOf(reader: AllergyReader, fields: Fields, container?: Fields, depth = 0): string {
  switch (fields.resourceType) {
    case 'Patient':
    case 'Practitioner':
    case 'RelatedPerson':
      return clean(formatHumanName(fields.name as HumanName[] | undefined, reader.format));
    case 'PractitionerRole': {
      const practitioner = depth < 2 ? resolve(reader, fields.practitioner, container) : undefined;
      const person = practitioner ? nameOf(reader, practitioner, container, depth + 1) : '';
      return person || clean(element(fields.practitioner)?.display);
    }
    default:
      return clean(fields.name);
  }
}

/**
 * A FHIR date or dateTime at its own precision; undefined when absent. One that cannot be read
 * reports `problem` and keeps its value as written, for "ukjent dato" with the value on demand.
 */
export function readDate(
  reader: AllergyReader,
  value: unknown,
  field: string,
  problem: (text: string) => void,
): AllergyDate | undefined {
  if (value === undefined || value === null) return undefined;
  const written = typeof value === 'string' ? value.trim() : '';
  const parsed = written ? parsePartialDate(written, reader.timeZone) : undefined;
  const shown = parsed ? formatDate(written, reader.format) : '';
  const startMs = parsed?.start.getTime();
  if (!parsed || !shown || startMs === undefined || !Number.isFinite(startMs)) {
    problem(reader.m.unreadableDate(field));
    return { value: text(written), text: '', unreadable: true };
  }
  return { value: written, text: shown, unreadable: false, precision: parsed.precision, startMs };
}

/** One line of text that is safe to show, or '' (core's `untrusted.clean`). */
export const clean = untrusted.clean;

/** A collector of problems that keeps each once. */
export function problemList(): { readonly add: (problem: string) => void; readonly list: string[] } {
  const found: string[] = [];
  return {
    list: found,
    add: (problem) => {
      if (!found.includes(problem)) found.push(problem);
    },
  };
}

/** Fields that must be objects when present: a string there is reported, then left out. */
export function checkObjects(
  fields: Fields,
  names: readonly string[],
  reader: AllergyReader,
  add: (problem: string) => void,
): void {
  for (const name of untrusted.misshapenObjects(fields, names)) add(reader.m.unreadableField(name));
}

/** Fields that must be lists of objects (one object, tolerated) when present. */
export function checkLists(
  fields: Fields,
  names: readonly string[],
  reader: AllergyReader,
  add: (problem: string) => void,
): void {
  for (const name of untrusted.misshapenLists(fields, names)) add(reader.m.unreadableField(name));
}

/** A coded field that was there but none of its options: the value as written, or that it could not be read. */
export function reportCoded(
  reader: AllergyReader,
  field: string,
  coded: { readonly unknown?: string },
  add: (problem: string) => void,
): void {
  if (coded.unknown === undefined) return;
  add(coded.unknown ? reader.m.unknownCode(field, coded.unknown) : reader.m.unreadableField(field));
}
