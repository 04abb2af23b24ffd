// The data step of <sam-medication-list>: what it asks a FhirSource for, run through core's
// DataController. Three searches at once, each with `_include` of what the rows name; then each
// reference still unresolved is read once, never once per row. Failures are data, next to what loaded.
import type { OperationOutcomeIssue, Resource } from 'fhir/r4';
import {
  LOADER_PAGE_SIZE,
  searchWithIncludes,
  untrusted,
  type FhirSource,
  type SourceFailure,
} from '@samspill/core/data.js';
import { MEDICATION_RESOURCE_TYPES, type MedicationResourceType } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

export interface LoadMedicationsOptions {
  readonly signal?: AbortSignal;
  /** Whether the session may read a resource type (its scopes); a refused type is skipped, not failed. */
  readonly canRead?: (resourceType: string) => boolean;
  /** Pages each search follows at most (the source's default when left out). */
  readonly pageLimit?: number;
}

export interface LoadedMedications {
  /** The MedicationRequests, MedicationStatements and MedicationDispenses found: the rows' input. */
  readonly resources: Resource[];
  /** What they refer to, `_include`d or read: Medications, Practitioners, PractitionerRoles, Organizations. */
  readonly related: Resource[];
  /** Every search or read that failed, each with its resource type. */
  readonly failures: SourceFailure[];
  /** Resource types not asked for because `canRead` refused them: worth a notice, not an error. */
  readonly skipped: string[];
  /** Some search stopped at its page limit. */
  readonly truncated: boolean;
  readonly issues: OperationOutcomeIssue[];
}

/** What each search `_include`s: the medicine, and who or where the entry comes from. */
export const MEDICATION_INCLUDES: Readonly<Record<MedicationResourceType, readonly string[]>> = {
  MedicationRequest: ['MedicationRequest:medication', 'MedicationRequest:requester'],
  MedicationStatement: ['MedicationStatement:medication', 'MedicationStatement:source'],
  MedicationDispense: ['MedicationDispense:medication', 'MedicationDispense:performer'],
};

/** The types read by reference when no `_include` brought them. */
export const MEDICATION_READ_TYPES = ['Medication', 'Practitioner', 'PractitionerRole', 'Organization'] as const;

const READABLE = new Set<string>(MEDICATION_READ_TYPES);
const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

/**
 * Loads a patient's medication entries and what they refer to. `patient` is the Patient's id or a
 * `Patient/id` reference. A refused or failed search leaves the others' entries; a source that
 * rejects `_include` as unsupported is asked again without it, and the references are read instead.
 */
export async function loadMedications(
  source: FhirSource,
  patient: string,
  options: LoadMedicationsOptions = {},
): Promise<LoadedMedications> {
  const canRead = (type: string): boolean => {
    try {
      return options.canRead === undefined || options.canRead(type);
    } catch {
      return false;
    }
  };
  const skipped: string[] = [];
  const types = MEDICATION_RESOURCE_TYPES.filter((type) => {
    if (canRead(type)) return true;
    skipped.push(type);
    return false;
  });
  const searchOptions = {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.pageLimit === undefined ? {} : { pageLimit: options.pageLimit }),
  };
  const results = await Promise.all(
    types.map((type) =>
      searchWithIncludes(source, type, { patient, _count: LOADER_PAGE_SIZE }, MEDICATION_INCLUDES[type], searchOptions),
    ),
  );

  const resources = results.flatMap((result) => result.resources);
  const failures: SourceFailure[] = results.flatMap((result) => result.failures);
  const related: Resource[] = [];
  const known = new Set<string>();
  const add = (resource: Resource): void => {
    const key = keyOfResource(resource);
    if (key !== undefined) {
      if (known.has(key)) return;
      known.add(key);
    }
    related.push(resource);
  };
  for (const resource of resources) {
    const key = keyOfResource(resource);
    if (key !== undefined) known.add(key);
  }
  for (const result of results) result.included.forEach(add);

  // Two rounds: what the entries name, then the people and places a PractitionerRole names.
  const refused = new Set<string>();
  for (const round of [entryReferences, roleReferences] as const) {
    const wanted = new Map<string, string>();
    const from = round === entryReferences ? resources : related;
    for (const resource of from) {
      for (const reference of round(resource)) {
        const key = keyOfReference(reference);
        if (key === undefined || known.has(key) || wanted.has(key)) continue;
        const type = key.slice(0, key.indexOf('/'));
        if (!READABLE.has(type)) continue;
        if (!canRead(type)) {
          refused.add(type);
          continue;
        }
        wanted.set(key, reference);
      }
    }
    const reads = await Promise.all(
      [...wanted].map(async ([key, reference]) => ({
        key,
        result: await source.read(reference, options.signal ? { signal: options.signal } : {}),
      })),
    );
    for (const { key, result } of reads) {
      if (result.resource) add(result.resource);
      else
        failures.push(result.failure.resourceType ? result.failure : { ...result.failure, resourceType: typeOf(key) });
      // Asked once, whatever the answer: a failed read is not repeated in the next round.
      known.add(key);
    }
  }
  skipped.push(...refused);

  return {
    resources,
    related,
    failures,
    skipped,
    truncated: results.some((result) => result.truncated),
    issues: results.flatMap((result) => result.issues),
  };
}

function entryReferences(resource: Resource): string[] {
  const fields = element(resource);
  if (!fields) return [];
  return [
    fields.medicationReference,
    fields.requester,
    fields.informationSource,
    ...list(fields.performer).map((performer) => element(performer)?.actor),
  ].flatMap(literal);
}

function roleReferences(resource: Resource): string[] {
  const fields = element(resource);
  if (fields?.resourceType !== 'PractitionerRole') return [];
  return [fields.practitioner, fields.organization].flatMap(literal);
}

function literal(reference: unknown): string[] {
  const target = text(element(reference)?.reference);
  return target && !target.startsWith('#') && TYPE_ID.test(target) ? [target] : [];
}

function keyOfReference(reference: string): string | undefined {
  const match = TYPE_ID.exec(reference);
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : undefined;
}

function keyOfResource(resource: Resource): string | undefined {
  const fields: Fields | undefined = element(resource);
  const type = text(fields?.resourceType);
  const id = text(fields?.id);
  return type && id ? `${type}/${id}` : undefined;
}

function typeOf(key: string): string {
  return key.slice(0, key.indexOf('/'));
}
