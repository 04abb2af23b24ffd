// What a resource holds for one search parameter, read defensively: the data is whatever a server or
// a designer gave us, so an element of the wrong shape counts as absent instead of throwing.
import type { Resource } from 'fhir/r4.js';
import { dateRange, periodRange, type DateRange } from './fhir-date-range.js';
import { referenceText, type ResourceKey } from './fhir-reference.js';
import { valuesAt, type SearchParamDefinition } from './search-paths.js';

/** Resolves a reference found in a resource to the identity it points at (Bundle `urn:uuid:` included). */
export type KeyOfReference = (reference: string) => ResourceKey | undefined;

/** What search reads of a resource for one parameter: its codes, date ranges or reference targets. */
export interface SearchValues {
  readonly tokenCodes: (resource: Resource, param: SearchParamDefinition) => readonly TokenCode[];
  readonly dateRanges: (resource: Resource, param: SearchParamDefinition) => readonly DateRange[];
  readonly referenceKeys: (resource: Resource, param: SearchParamDefinition) => readonly ResourceKey[];
}

/** Search's readings, made afresh each time they are asked for. */
export function searchValues(keyOfReference: KeyOfReference): SearchValues {
  return {
    tokenCodes,
    dateRanges,
    referenceKeys: (resource, param) => referenceKeys(resource, param, keyOfReference),
  };
}

/**
 * Search's readings, each made once per resource and parameter: for data that never changes after
 * load (the static source), where indexing, filtering and sorting would otherwise read the same paths
 * and parse the same dates again for every search.
 */
export function rememberedValues(keyOfReference: KeyOfReference): SearchValues {
  const remember = <T>(read: (resource: Resource, param: SearchParamDefinition) => T) => {
    const memo = new WeakMap<Resource, Map<SearchParamDefinition, T>>();
    return (resource: Resource, param: SearchParamDefinition): T => {
      let byParam = memo.get(resource);
      if (!byParam) memo.set(resource, (byParam = new Map<SearchParamDefinition, T>()));
      if (!byParam.has(param)) byParam.set(param, read(resource, param));
      return byParam.get(param) as T;
    };
  };
  const fresh = searchValues(keyOfReference);
  return {
    tokenCodes: remember(fresh.tokenCodes),
    dateRanges: remember(fresh.dateRanges),
    referenceKeys: remember(fresh.referenceKeys),
  };
}

/** A code as token search sees it. `implicit` codes (`status`) have a system only their binding knows. */
export interface TokenCode {
  readonly system?: string;
  readonly code?: string;
  readonly implicit: boolean;
}

/** Codes in codes, Codings, CodeableConcepts and Identifiers (whose `value` is the code). */
export function tokenCodes(resource: Resource, param: SearchParamDefinition): TokenCode[] {
  return valuesAt(resource, param.paths).flatMap(codesOf);
}

/** Ranges of dates, dateTimes, instants and Periods; values that are not valid FHIR dates are skipped. */
export function dateRanges(resource: Resource, param: SearchParamDefinition): DateRange[] {
  return valuesAt(resource, param.paths).flatMap((value) => {
    const range = rangeOf(value);
    return range ? [range] : [];
  });
}

/** The literal references in the parameter's Reference elements. */
export function references(resource: Resource, param: SearchParamDefinition): string[] {
  return valuesAt(resource, param.paths).flatMap((value) => {
    const text = typeof value === 'object' ? referenceText(value) : undefined;
    return text === undefined ? [] : [text];
  });
}

/** The identities a resource's references point at, for reference search. */
export function referenceKeys(
  resource: Resource,
  param: SearchParamDefinition,
  keyOfReference: KeyOfReference,
): ResourceKey[] {
  return references(resource, param).flatMap((text) => {
    const key = keyOfReference(text);
    return key ? [key] : [];
  });
}

function codesOf(value: unknown): TokenCode[] {
  if (typeof value === 'string') return [{ code: value, implicit: true }];
  if (typeof value === 'boolean') return [{ code: String(value), implicit: true }];
  if (typeof value !== 'object' || value === null) return [];
  const { coding, system, code, value: identifier } = value as Record<string, unknown>;
  if (Array.isArray(coding)) return (coding as unknown[]).flatMap(codesOf);
  const text = typeof code === 'string' ? code : typeof identifier === 'string' ? identifier : undefined;
  if (text === undefined) return [];
  return [typeof system === 'string' ? { system, code: text, implicit: false } : { code: text, implicit: false }];
}

function rangeOf(value: unknown): DateRange | undefined {
  if (typeof value === 'string') return dateRange(value);
  if (typeof value !== 'object' || value === null) return undefined;
  const { start, end } = value as Record<string, unknown>;
  const valid = (part: unknown): part is string | undefined => part === undefined || typeof part === 'string';
  return valid(start) && valid(end) ? periodRange(start, end) : undefined;
}
