import type { HumanName } from 'fhir/r4.js';
import type { FormatOptions } from './format-options.js';
import { type Fields, element, list, text, texts } from './untrusted.js';

/** no-basis: Norway keeps the mellomnavn apart from given and family names. */
export const MIDDLE_NAME_URL = 'http://hl7.no/fhir/StructureDefinition/no-basis-middlename';

/** `full` reads "Given Middle Family"; `family-first` reads "Family, Given Middle", for sorted lists. */
export const NAME_STYLES = ['full', 'family-first'] as const;

export type NameStyle = (typeof NAME_STYLES)[number];

export interface HumanNameFormatOptions extends FormatOptions {
  /** `full` when left out. */
  readonly style?: NameStyle;
}

/**
 * A person's name the Norwegian way: "Edvard Hagerup Grieg", with the middle name from the
 * no-basis extension (on the name, or on an element of `given`). Of several names, the official
 * one in use, then the usual one, then the first in use; `text` only when the name has no parts;
 * prefix and suffix, which Norwegian names do not use, only when there is nothing else.
 */
export function formatHumanName(
  name: HumanName | readonly HumanName[] | undefined,
  options?: HumanNameFormatOptions,
): string {
  const today = isoDate(options?.now);
  const names = list(name)
    .flatMap<Fields>((candidate) => element(candidate) ?? [])
    .map((fields) => ({ fields, shown: formatOne(fields, options?.style) }))
    .filter(({ shown }) => shown);
  const current = names.filter(({ fields }) => fields.use !== 'old' && !ended(fields.period, today));
  // An old name is better than none: it was this person's.
  const candidates = current.length > 0 ? current : names;
  const chosen =
    candidates.find(({ fields }) => fields.use === 'official') ??
    candidates.find(({ fields }) => fields.use === 'usual') ??
    candidates[0];
  return chosen?.shown ?? '';
}

function formatOne(name: Fields, style: NameStyle | undefined): string {
  const middle = middleNames(name);
  const given = list(name.given)
    .map(text)
    .filter((part, index) => part && !middle.given.has(index) && !middle.names.includes(part));
  const first = [...given, ...middle.names].join(' ');
  // `family` is one string in R4; a list is tolerated as parts of it.
  const family = texts(name.family).join(' ');
  const structured =
    style === 'family-first' && family && first ? `${family}, ${first}` : [first, family].filter(Boolean).join(' ');
  return structured || text(name.text) || [...texts(name.prefix), ...texts(name.suffix)].join(' ');
}

/** Middle names from the name's extension and from `_given`, and which `given` entries they are. */
function middleNames(name: Fields): { names: string[]; given: Set<number> } {
  const names = list(name.extension).flatMap(middleName);
  const given = new Set<number>();
  const givenTexts = list(name.given);
  list(name._given).forEach((meta, index) => {
    const marked = list(element(meta)?.extension).filter((extension) => element(extension)?.url === MIDDLE_NAME_URL);
    if (marked.length === 0) return;
    given.add(index);
    // The extension may carry the name itself, or just mark this `given` entry as the middle name.
    const values = marked.flatMap(middleName);
    names.push(...(values.length > 0 ? values : texts(givenTexts[index])));
  });
  return { names: [...new Set(names)], given };
}

function middleName(extension: unknown): string[] {
  const fields = element(extension);
  const value = fields?.url === MIDDLE_NAME_URL ? text(fields.valueString) : '';
  return value ? [value] : [];
}

/** Whether a period ended before today. Day precision is enough to tell a former name. */
function ended(period: unknown, today: string): boolean {
  const end = text(element(period)?.end).slice(0, 10);
  return end !== '' && end < today.slice(0, end.length);
}

function isoDate(now: Date | undefined): string {
  const date = now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
  return date.toISOString().slice(0, 10);
}
