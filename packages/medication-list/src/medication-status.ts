// One status scale for all three resource types (a dispense's own codes mapped onto it), and which
// statuses still count as current.
import type { CodeableConcept } from 'fhir/r4.js';
import { formatCodeableConcept, untrusted } from '@samspill/core/data.js';
import type { Context, Kind } from './medication-entry.js';
import type { MedicationMessages } from './medication-list.messages.js';
import type { MedicationStatus } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

/** The statuses of a row still in use, unless it is past its end date. */
export const CURRENT = new Set<MedicationStatus>(['active', 'on-hold', 'intended']);

const STATUSES: Readonly<Record<Kind, ReadonlyMap<string, MedicationStatus>>> = {
  MedicationStatement: new Map(
    (
      ['active', 'completed', 'entered-in-error', 'intended', 'stopped', 'on-hold', 'unknown', 'not-taken'] as const
    ).map((status) => [status, status]),
  ),
  MedicationRequest: new Map(
    (['active', 'on-hold', 'cancelled', 'completed', 'entered-in-error', 'stopped', 'draft', 'unknown'] as const).map(
      (status) => [status, status],
    ),
  ),
  MedicationDispense: new Map<string, MedicationStatus>([
    ['preparation', 'intended'],
    ['in-progress', 'active'],
    ['cancelled', 'cancelled'],
    ['on-hold', 'on-hold'],
    ['completed', 'completed'],
    ['entered-in-error', 'entered-in-error'],
    ['stopped', 'stopped'],
    ['declined', 'cancelled'],
    ['unknown', 'unknown'],
  ]),
};

export function statusOf(fields: Fields, kind: Kind, problems: string[], m: MedicationMessages): MedicationStatus {
  const status = STATUSES[kind].get(text(fields.status));
  if (status === undefined) problems.push(m.missingStatus);
  return status ?? 'unknown';
}

export function statusReasonOf(fields: Fields, context: Context): string {
  const reasons = list(fields.statusReason)
    .map((reason) => formatCodeableConcept(element(reason) as CodeableConcept | undefined, context.format))
    .filter(Boolean);
  return [...new Set(reasons)].join('; ');
}
