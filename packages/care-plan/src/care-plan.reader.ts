// What every part of the care plan model reads with, within one call: the language, "now", the resources
// at hand by `Type/id`, and readers for references, dates and names that never throw.
import type { HumanName } from 'fhir/r4.js';
import {
  formatCodeableConcept,
  formatDate,
  formatHumanName,
  formatReference,
  parsePartialDate,
  resolveReference,
  referenceType,
  resolveLocale,
  resourceKey,
  untrusted,
  type FormatOptions,
  type Locale,
  type PartialDatePrecision,
} from '@samspill/core/data.js';
import { carePlanMessages, type CarePlanMessages } from './care-plan.messages.js';

const { element, text } = untrusted;

// More items than any real element repeats: a longer list is cut, never walked for minutes.
const MAX_ITEMS = 100_000;

/**
 * A repeating element as a dense list (a lone value as a list of one); holes of a sparse array read
 * as missing items, never skipped by one loop and seen by another.
 */
export function list(value: unknown): readonly unknown[] {
  const items = untrusted.list(value);
  return Array.from(items.length > MAX_ITEMS ? items.slice(0, MAX_ITEMS) : items);
}
export type Fields = untrusted.Fields;

/** A date as written (its precision kept) and as read. */
export interface PlanDate {
  /** The value as it is in the resource: "2019" stays a year. */
  readonly value: string;
  readonly precision: PartialDatePrecision;
  /** Formatted at its own precision by core's `formatDate`. */
  readonly text: string;
  /** The first instant the value covers, in milliseconds (for sorting and "next"). */
  readonly startMs: number;
  /** The instant after the last one it covers: "2026-11-01" is upcoming all that day. */
  readonly endMs: number;
}

export interface PlanReaderOptions {
  readonly locale?: Locale | undefined;
  readonly now?: Date | number | undefined;
  readonly timeZone?: string | undefined;
  /** Resource types the app was not granted: a reference to one stays unresolved, and that is no problem. */
  readonly notShared?: readonly string[] | undefined;
}

export interface PlanReader {
  readonly locale: Locale;
  readonly m: CarePlanMessages;
  readonly format: FormatOptions;
  readonly nowMs: number;
  readonly timeZone: string | undefined;
  /** Every resource at hand by `Type/id` (the first one wins). */
  readonly index: Map<string, Fields>;
  /** Every Observation at hand, for goal progress, by `system|code` and by bare `code`. */
  readonly observationsByCode: Map<string, Fields[]>;
  /** Per-call memo of what other parts read from a resource once (an Observation's reading). */
  readonly memo: WeakMap<object, unknown>;
  readonly dates: Map<string, PlanDate | null>;
  readonly notShared: ReadonlySet<string>;
}

export function createPlanReader(
  options: PlanReaderOptions,
  resources: readonly Fields[],
  fullUrls: ReadonlyMap<string, Fields> = new Map(),
): PlanReader {
  const locale = resolveLocale(options.locale);
  const now = options.now;
  const given = typeof now === 'number' ? now : now instanceof Date ? now.getTime() : NaN;
  // Only an instant a Date can hold; anything else is the real clock.
  const nowMs = Number.isFinite(given) && Math.abs(given) <= 8.64e15 ? given : Date.now();
  const timeZone = typeof options.timeZone === 'string' && options.timeZone ? options.timeZone : undefined;
  const format: FormatOptions = { locale, now: new Date(nowMs), ...(timeZone ? { timeZone } : {}) };
  const index = new Map<string, Fields>();
  const observationsByCode = new Map<string, Fields[]>();
  const file = (code: string, fields: Fields): void => {
    const found = observationsByCode.get(code);
    if (!found) observationsByCode.set(code, [fields]);
    else if (found.at(-1) !== fields) found.push(fields);
  };
  // A Bundle entry's `fullUrl` (often `urn:uuid:…`) is what its neighbours refer to it by.
  for (const [url, fields] of fullUrls) if (!index.has(url)) index.set(url, fields);
  for (const fields of resources) {
    const key = resourceKey(fields);
    if (key !== undefined && !index.has(key)) index.set(key, fields);
    if (fields.resourceType !== 'Observation') continue;
    for (const coding of codesOf(fields.code)) {
      file(`${coding.system}|${coding.code}`, fields);
      file(`|${coding.code}`, fields);
    }
  }
  return {
    locale,
    m: carePlanMessages[locale],
    format,
    nowMs,
    timeZone,
    index,
    observationsByCode,
    memo: new WeakMap(),
    dates: new Map(),
    notShared: new Set(options.notShared),
  };
}

/**
 * What a reference points at: a contained resource of `container` (`#id`), else a resource at hand.
 * Undefined when it cannot be found (a display-only reference, or one not loaded).
 */
export function resolve(reader: PlanReader, reference: unknown, container?: Fields): Fields | undefined {
  return resolveReference(reader.index, reference, container);
}

/**
 * "Målet som planen viser til, er ikke tilgjengelig": a literal reference that did not resolve, unless
 * its type was not shared with the app — then its absence is expected, and the view says so instead.
 */
export function unresolved(reader: PlanReader, reference: unknown, noun: string): string | undefined {
  return reader.notShared.has(referenceType(reference)) ? undefined : reader.m.unresolved(noun);
}

/** A CodeableConcept in words, or '' for anything that is not one. */
export function conceptText(reader: PlanReader, value: unknown): string {
  const fields = element(value);
  return fields ? clean(formatCodeableConcept(fields, reader.format)) : '';
}

/** The codings of a concept as `system|code` (and bare `code` when there is no system). */
export function codesOf(value: unknown): { system: string; code: string }[] {
  return list(element(value)?.coding).flatMap((coding) => {
    const fields = element(coding);
    const code = text(fields?.code);
    return code ? [{ system: text(fields?.system), code }] : [];
  });
}

/** A reference in words: the resolved resource's name, else the reference's display or kind. */
export function referenceText(reader: PlanReader, reference: unknown, container?: Fields): string {
  const target = resolve(reader, reference, container);
  const named = target ? nameOf(reader, target, container) : '';
  if (named) return named;
  const fields = element(reference);
  return fields ? clean(formatReference(fields, reader.format)) : '';
}

/** What a person, organisation or team is called. */
export function nameOf(reader: PlanReader, fields: Fields, container?: Fields, depth = 0): string {
  switch (fields.resourceType) {
    case 'Patient':
    case 'Practitioner':
    case 'RelatedPerson':
      return clean(formatHumanName(fields.name as HumanName[] | undefined, reader.format));
    case 'PractitionerRole': {
      const practitioner = depth < 2 ? resolve(reader, fields.practitioner, container) : undefined;
      const person = practitioner ? nameOf(reader, practitioner, container, depth + 1) : '';
      return person || clean(formatReference(element(fields.practitioner), reader.format));
    }
    default:
      return text(fields.name) || text(fields.title) || conceptText(reader, fields.code);
  }
}

/** A FHIR date, read once per call; undefined when missing, null when present but unreadable. */
export function readDate(reader: PlanReader, value: unknown): PlanDate | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return null;
  const cached = reader.dates.get(value);
  if (cached !== undefined) return cached;
  const parsed = parsePartialDate(value, reader.timeZone);
  const shown = parsed ? formatDate(value, reader.format) : '';
  const date: PlanDate | null =
    parsed && shown && Number.isFinite(parsed.start.getTime()) && Number.isFinite(parsed.end.getTime())
      ? {
          value,
          precision: parsed.precision,
          text: shown,
          startMs: parsed.start.getTime(),
          endMs: parsed.end.getTime(),
        }
      : null;
  reader.dates.set(value, date);
  return date;
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
  reader: PlanReader,
  add: (problem: string) => void,
): void {
  for (const name of untrusted.misshapenObjects(fields, names)) add(reader.m.unreadableField(name));
}

/** Fields that must be lists of objects (one object, tolerated) when present. */
export function checkLists(
  fields: Fields,
  names: readonly string[],
  reader: PlanReader,
  add: (problem: string) => void,
): void {
  for (const name of untrusted.misshapenLists(fields, names)) add(reader.m.unreadableField(name));
}
