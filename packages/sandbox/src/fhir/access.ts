// What a token may see: the granted scopes per type and interaction, narrowed to the launch patient's
// compartment for patient/ scopes, and the launch's forbidden_type fault.
import type { FhirSource } from '@samspill/core/data.js';
import type { Resource } from 'fhir/r4';
import { forbiddenType } from '../faults.js';
import { accessTo, type Interaction } from '../scopes.js';
import type { Grant } from '../tokens.js';
import type { FhirContext } from './fhir-context.js';
import { failure, type FhirResult } from './fhir-result.js';

export type Access = { readonly patient: string | undefined } | { readonly refused: FhirResult };

/** `patient` is the compartment the interaction is limited to; undefined means every resource. */
export function accessFor(grant: Grant, type: string, interaction: Interaction): Access {
  if (forbiddenType(grant.launch.fault) === type)
    return { refused: failure(403, 'forbidden', `${type} is forbidden for this launch (simulated).`) };
  const access = accessTo(grant.scopes, type, interaction);
  if (access === undefined)
    return { refused: failure(403, 'forbidden', `The granted scopes do not allow ${interaction} of ${type}.`) };
  if (access === 'user') return { patient: undefined };
  if (grant.launch.patient === undefined)
    return { refused: failure(403, 'forbidden', 'patient/ scopes need a patient in the launch context.') };
  return { patient: grant.launch.patient };
}

/** Whether a resource lies in the patient's compartment (types outside every compartment always do). */
export async function inCompartment(
  source: FhirSource,
  linked: (type: string) => Promise<boolean>,
  type: string,
  id: string,
  patient: string,
): Promise<boolean> {
  if (type === 'Patient') return id === patient;
  if (!(await linked(type))) return true;
  const found = await source.search(type, { _id: id, patient: `Patient/${patient}` }, { pageLimit: 1 });
  return found.resources.length > 0;
}

/** Whether the token may read a resource a search pulled in by `_include` / `_revinclude`. */
export async function mayRead(context: FhirContext, resource: Resource): Promise<boolean> {
  const access = accessFor(context.access.grant, resource.resourceType, 'read');
  if ('refused' in access) return false;
  if (access.patient === undefined) return true;
  return inCompartment(context.source, context.patientLinked, resource.resourceType, resource.id ?? '', access.patient);
}
