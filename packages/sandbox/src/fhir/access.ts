// What a token may see: the granted scopes per type and interaction, each narrowed to the launch
// patient's compartment for patient/ scopes and to its query for v2 granular scopes, the scopes
// together reaching their union; and the launch's forbidden_type fault.
import type { FhirSource } from '@samspill/core/data.js';
import type { Resource } from 'fhir/r4.js';
import { forbiddenType } from '../faults.js';
import { reachOf, type Interaction } from '../scopes.js';
import type { Grant } from '../tokens.js';
import type { FhirContext } from './fhir-context.js';
import { failure, type FhirResult } from './fhir-result.js';
import { idList } from './id-list.js';

/** One scope's reach as search parameters: the resources a search with `filters` finds. */
export interface AccessRule {
  /** The launch patient, for a patient/ scope. */
  readonly patient?: string;
  readonly query?: Readonly<Record<string, readonly string[]>>;
}

export type Access = { readonly rules: readonly AccessRule[] } | { readonly refused: FhirResult };

export function accessFor(grant: Grant, type: string, interaction: Interaction): Access {
  if (forbiddenType(grant.launch.fault) === type)
    return { refused: failure(403, 'forbidden', `${type} is forbidden for this launch (simulated).`) };
  const reach = reachOf(grant.scopes, type, interaction);
  if (reach.length === 0)
    return { refused: failure(403, 'forbidden', `The granted scopes do not allow ${interaction} of ${type}.`) };
  const patient = grant.launch.patient;
  const rules = reach
    .filter((scope) => scope.compartment === 'user' || patient !== undefined)
    .map((scope) => ({
      ...(scope.compartment === 'patient' && { patient }),
      ...(scope.query !== undefined && { query: scope.query }),
    }));
  if (rules.length === 0)
    return { refused: failure(403, 'forbidden', 'patient/ scopes need a patient in the launch context.') };
  return { rules };
}

/** The search parameters a rule stands for; undefined when it reaches every resource of the type. */
async function filtersOf(
  patientLinked: (type: string) => Promise<boolean>,
  type: string,
  rule: AccessRule,
): Promise<Partial<Record<string, string[]>> | undefined> {
  const filters: Partial<Record<string, string[]>> = {};
  for (const [name, values] of Object.entries(rule.query ?? {})) filters[name] = [...values];
  if (rule.patient !== undefined) {
    // Types outside every compartment are not the patient's to withhold: a Medication is anyone's.
    if (type === 'Patient') (filters._id ??= []).push(rule.patient);
    else if (await patientLinked(type)) (filters.patient ??= []).push(`Patient/${rule.patient}`);
  }
  return Object.keys(filters).length === 0 ? undefined : filters;
}

/**
 * The ids the rules reach among what a search with `searched` finds: undefined when that is every
 * resource of the type, a refusal when a granular scope's query is one the server cannot evaluate
 * (refusing beats leaking). Each rule is searched together with the search's own filters (ANDed), so
 * core's index narrows it as it narrowed the search, instead of listing the whole compartment.
 */
export async function reachableIds(
  source: FhirSource,
  patientLinked: (type: string) => Promise<boolean>,
  type: string,
  rules: readonly AccessRule[],
  searched: Readonly<Record<string, readonly string[]>>,
): Promise<ReadonlySet<string> | undefined | FhirResult> {
  const ids = new Set<string>();
  for (const rule of rules) {
    const filters = await filtersOf(patientLinked, type, rule);
    if (filters === undefined) return undefined;
    const found = await source.search(type, allOf(searched, filters));
    const refused = found.failures[0];
    if (refused) return failure(403, 'forbidden', `A granted scope's query cannot be applied: ${refused.message}`);
    for (const resource of found.resources) if (resource.id !== undefined) ids.add(resource.id);
  }
  return ids;
}

// Repeating a parameter ANDs it, so both sets of filters hold.
function allOf(
  first: Readonly<Record<string, readonly string[]>>,
  second: Partial<Record<string, string[]>>,
): Record<string, string[]> {
  const both: Record<string, string[]> = {};
  for (const filters of [first, second])
    for (const [name, values] of Object.entries(filters)) (both[name] ??= []).push(...(values ?? []));
  return both;
}

/** Whether the rules reach one resource (read by id, or pulled in by `_include`). */
export async function reaches(
  source: FhirSource,
  patientLinked: (type: string) => Promise<boolean>,
  type: string,
  id: string,
  rules: readonly AccessRule[],
): Promise<boolean> {
  for (const rule of rules) {
    const filters = await filtersOf(patientLinked, type, rule);
    if (filters === undefined) return true;
    const found = await source.search(
      type,
      { ...filters, _id: [...(filters._id ?? []), idList([id])] },
      { pageLimit: 1 },
    );
    if (found.failures.length === 0 && found.resources.length > 0) return true;
  }
  return false;
}

/** Whether the token may read a resource a search pulled in by `_include` / `_revinclude`. */
export async function mayRead(context: FhirContext, resource: Resource): Promise<boolean> {
  const access = accessFor(context.access.grant, resource.resourceType, 'read');
  if ('refused' in access) return false;
  return reaches(context.source, context.patientLinked, resource.resourceType, resource.id ?? '', access.rules);
}
