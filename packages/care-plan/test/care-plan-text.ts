// What a view may never show: a leaked `undefined`, NaN, object or JSON; and the shared test data.
import type { FhirResource, Resource } from 'fhir/r4.js';
import { patientResources, populationResources } from '@samspill/fixtures/generator';

export const BAD_TEXT = /undefined|\[object |\{"|":|Invalid Date/i;

/** NaN and Infinity only as words: "maintenance" is fine. */
export const NOT_A_NUMBER = /\bNaN\b|\bInfinity\b/;

const SKIPPED = new Set(['key', 'resources', 'partOf', 'basedOn', 'planKey', 'value', 'measureCodes']);

/** Every piece of text a view could show from a value (not keys, raw resources or dates as written). */
export function shownTexts(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (item: unknown, name: string): void => {
    if (SKIPPED.has(name)) return;
    if (typeof item === 'string') out.push(item);
    else if (typeof item === 'number') out.push(String(item));
    else if (typeof item === 'object' && item !== null) {
      if (seen.has(item)) return;
      seen.add(item);
      if (Array.isArray(item)) for (const element of item as unknown[]) walk(element, name);
      else for (const [key, element] of Object.entries(item)) walk(element, key);
    }
  };
  walk(value, '');
  return out;
}

/** The texts that break the rule, for a readable failure message. */
export function badTexts(value: unknown): string[] {
  return shownTexts(value).filter((text) => BAD_TEXT.test(text) || NOT_A_NUMBER.test(text));
}

/** Every resource in a Bundle (nested ones too), or the resource itself. */
export function unpack(resource: unknown): Resource[] {
  const fields = resource as { resourceType?: unknown; entry?: { resource?: unknown }[] } | null;
  if (fields?.resourceType === 'Bundle') return (fields.entry ?? []).flatMap((entry) => unpack(entry.resource));
  return fields && typeof fields.resourceType === 'string' ? [fields as Resource] : [];
}

/** The anchor of the generated population: "now" for its past and future. */
export const ANCHOR = new Date('2026-11-01T12:00:00+01:00');

/** The generated population's resources (seed 1 unless told), built once per seed. */
export function generated(seed = 1): FhirResource[] {
  return populationResources({ seed });
}

export { patientResources };
