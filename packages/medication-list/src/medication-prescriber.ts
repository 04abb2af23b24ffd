// Who prescribed or reported an entry: a Practitioner, directly or through a PractitionerRole, with
// the HPR number when the Practitioner is at hand.
import type { HumanName } from 'fhir/r4.js';
import { formatHumanName, formatIdentifier, formatReference, untrusted } from '@samspill/core/data.js';
import type { Context, Entry } from './medication-entry.js';
import { referenceType, resolve } from './medication-reference.js';
import { HPR_SYSTEM, type MedicationPrescriber } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

export function prescriberOf(
  entry: Entry,
  requests: readonly Entry[],
  context: Context,
): MedicationPrescriber | undefined {
  const candidates: [Fields | undefined, Fields][] = [];
  for (const request of entry.kind === 'MedicationRequest' ? [entry, ...requests] : requests) {
    if (request.fields) candidates.push([element(request.fields.requester), request.fields]);
  }
  if (entry.kind === 'MedicationStatement' && entry.fields)
    candidates.push([element(entry.fields.informationSource), entry.fields]);
  for (const [reference, container] of candidates) {
    if (!reference) continue;
    const found = practitionerOf(reference, container, context);
    if (found) return found;
  }
  return undefined;
}

function practitionerOf(reference: Fields, container: Fields, context: Context): MedicationPrescriber | undefined {
  const resolved = resolve(reference, container, context);
  const type = referenceType(reference, resolved);
  if (type === 'PractitionerRole') {
    const practitionerRef = element(resolved?.practitioner);
    const practitioner = practitionerRef && resolved ? resolve(practitionerRef, resolved, context) : undefined;
    if (practitioner) return person(practitioner, practitionerRef, context);
    const name = text(reference.display) || text(practitionerRef?.display);
    return { name: name || formatReference(reference, context.format) };
  }
  if (type === 'Practitioner') {
    if (resolved) return person(resolved, reference, context);
    return { name: formatReference(reference, context.format) };
  }
  return undefined;
}

function person(practitioner: Fields, reference: Fields | undefined, context: Context): MedicationPrescriber {
  const name =
    formatHumanName(practitioner.name as HumanName[] | undefined, context.format) ||
    text(reference?.display) ||
    formatReference({ type: 'Practitioner' }, context.format);
  const hpr = list(practitioner.identifier)
    .map(element)
    .find((identifier) => text(identifier?.system) === HPR_SYSTEM);
  const number = hpr ? formatIdentifier(hpr, context.format) : '';
  return number ? { name, hpr: number } : { name };
}
