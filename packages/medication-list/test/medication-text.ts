// What a row may never show: a leaked `undefined`, NaN, object or JSON, or a GUID / FEST key.
import type { FhirResource, Resource } from 'fhir/r4.js';
import { patientResources, populationResources } from '@samspill/fixtures/generator';
import type { MedicationRow } from '../src/index.js';

export const BAD_TEXT =
  /undefined|\[object |\{"|\b(?:ID_)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;

/** NaN only as a word and in its own spelling: "maintenance" is fine. */
export const NOT_A_NUMBER = /\bNaN\b/;

/** Every piece of text a view could show from a row (not its key, keys of others or raw resources). */
export function shownTexts(row: MedicationRow): string[] {
  const out: string[] = [];
  const walk = (value: unknown, name: string): void => {
    if (name === 'key' || name === 'resources' || name === 'possibleDuplicates' || name === 'organization') return;
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'number') out.push(String(value));
    else if (Array.isArray(value)) {
      for (const item of value as unknown[]) walk(item, name);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, key);
    }
  };
  walk(row, '');
  return out;
}

/** The texts of a row that break the rule, for a readable failure message. */
export function badTexts(row: MedicationRow): string[] {
  return shownTexts(row).filter((value) => BAD_TEXT.test(value) || NOT_A_NUMBER.test(value));
}

/** Every resource in a Bundle (nested ones too), or the resource itself. */
export function unpack(resource: unknown): Resource[] {
  const fields = resource as { resourceType?: unknown; entry?: { resource?: unknown }[] } | null;
  if (fields?.resourceType === 'Bundle') return (fields.entry ?? []).flatMap((entry) => unpack(entry.resource));
  return fields && typeof fields.resourceType === 'string' ? [fields as Resource] : [];
}

/** The anchor of the generated population: "now" for its current and past. */
export const ANCHOR = new Date('2026-11-01T12:00:00+01:00');

/** The generated population's resources (seed 1 unless told), built once per seed. */
export function generated(seed = 1): FhirResource[] {
  return populationResources({ seed });
}

export { patientResources };
