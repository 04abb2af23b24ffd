// Where an entry was recorded: the organisation behind it and its care level, else the label of the
// merged source it came from, else the host in `meta.source`.
import type { Resource } from 'fhir/r4';
import { originOf, untrusted, type SourceOrigin } from '@samspill/core/data.js';
import { conceptText } from './concept-text.js';
import type { Context, Entry } from './medication-entry.js';
import type { MedicationMessages } from './medication-list.messages.js';
import { referenceType, resolve } from './medication-reference.js';
import type { CareLevel, MedicationSource } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

export function sourceOf(
  entry: Entry,
  requests: readonly Entry[],
  dispenses: readonly Entry[],
  context: Context,
): MedicationSource {
  const { m } = context;
  const references: [unknown, Fields][] = [];
  const push = (reference: unknown, container: Fields | undefined): void => {
    if (container) references.push([reference, container]);
  };
  if (entry.kind === 'MedicationStatement') push(entry.fields?.informationSource, entry.fields);
  if (entry.kind === 'MedicationDispense') {
    for (const performer of list(entry.fields?.performer)) push(element(performer)?.actor, entry.fields);
  }
  for (const request of entry.kind === 'MedicationRequest' ? [entry, ...requests] : requests) {
    push(request.fields?.requester, request.fields);
  }
  for (const dispense of dispenses) {
    for (const performer of list(dispense.fields?.performer)) push(element(performer)?.actor, dispense.fields);
  }
  const origin = entry.fields ? originOf(entry.raw as Resource) : undefined;
  for (const [reference, container] of references) {
    const organisation = organisationOf(element(reference), container, context);
    if (organisation) {
      const careLevel = organisation.careLevel ?? careLevelOfWords(origin?.label ?? '');
      return withCareLevel(organisation.label, careLevel, origin, m);
    }
  }
  const host = hostOf(element(entry.fields?.meta)?.source);
  const label = text(origin?.label) || host;
  return withCareLevel(label || m.unknownSource, careLevelOfWords(label), origin, m);
}

function withCareLevel(
  label: string,
  careLevel: CareLevel | undefined,
  origin: SourceOrigin | undefined,
  m: MedicationMessages,
): MedicationSource {
  return {
    label,
    ...(careLevel ? { careLevel } : {}),
    careLevelText: careLevel ? m[careLevel] : '',
    ...(origin ? { origin } : {}),
  };
}

function organisationOf(
  reference: Fields | undefined,
  container: Fields,
  context: Context,
): { label: string; careLevel?: CareLevel } | undefined {
  if (!reference) return undefined;
  const resolved = resolve(reference, container, context);
  const type = referenceType(reference, resolved);
  if (type === 'Organization') return organisation(resolved, reference, context);
  if (type === 'PractitionerRole' && resolved) {
    const orgRef = element(resolved.organization);
    return orgRef ? organisation(resolve(orgRef, resolved, context), orgRef, context) : undefined;
  }
  return undefined;
}

function organisation(
  resolved: Fields | undefined,
  reference: Fields,
  context: Context,
): { label: string; careLevel?: CareLevel } | undefined {
  const label = text(resolved?.name) || text(reference.display);
  if (!label) return undefined;
  const parentRef = element(resolved?.partOf);
  const parent = parentRef && resolved ? resolve(parentRef, resolved, context) : undefined;
  const words = [
    label,
    ...list(resolved?.type).map((type) => conceptText(type, context)),
    text(parent?.name) || text(parentRef?.display),
  ].join(' ');
  const careLevel = careLevelOfWords(words);
  return careLevel ? { label, careLevel } : { label };
}

function careLevelOfWords(words: string): CareLevel | undefined {
  if (/apotek|pharmacy/i.test(words)) return 'pharmacy';
  if (/fastleg|legekontor|legesenter|allmennlege|allmennmedisin/i.test(words)) return 'gp';
  if (/kommun|hjemmetjeneste|hjemmesykepleie|sykehjem|omsorg|helsestasjon|legevakt/i.test(words)) return 'municipal';
  if (/helseforetak|sykehus|hospital|spesialist|avdeling|klinikk|\bHF\b/i.test(words)) return 'specialist';
  return undefined;
}

function hostOf(source: unknown): string {
  const value = text(source);
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+)/i.exec(value);
  return match?.[1]?.replace(/^www\./i, '') ?? '';
}
