// Where an entry was recorded, as core's `recordSource` finds it (the merged source it came through,
// a named system, the document it came in, the organisations it names), else the organisations its
// prescriptions and dispenses name; and the care level those names say.
import type { Resource } from 'fhir/r4.js';
import {
  originOf,
  recordOrganisation,
  recordSource,
  untrusted,
  type RecordSourceOptions,
  type SourceOrigin,
} from '@samspill/core/data.js';
import { conceptText } from './concept-text.js';
import type { Context, Entry } from './medication-entry.js';
import type { MedicationMessages } from './medication-list.messages.js';
import { resolve } from './medication-reference.js';
import type { CareLevel, MedicationSource } from './medication-row.js';

const { element, list, text } = untrusted;

export function sourceOf(
  entry: Entry,
  requests: readonly Entry[],
  dispenses: readonly Entry[],
  context: Context,
): MedicationSource {
  const { m } = context;
  const options: RecordSourceOptions = {
    locale: context.locale,
    resolve: (reference, container) => resolve(reference, container, context),
    systems: context.systems,
    ...(entry.composition ? { composition: entry.composition } : {}),
  };
  const origin = entry.fields ? originOf(entry.raw as Resource) : undefined;
  const others = [...requests.filter((request) => request !== entry), ...dispenses];
  const found =
    recordSource(entry.raw, options) ??
    others.map((other) => (other.fields ? recordOrganisation(other.fields, options) : undefined)).find(Boolean);
  if (!found) return withCareLevel(m.unknownSource, undefined, origin, m);
  // The organisation's own words say the care level best: its name, its type, the organisation it is part of.
  const organisation = context.related.get(found.key.replace(/^org:/, ''));
  const parent = element(organisation?.partOf);
  const words = [
    found.label,
    ...list(organisation?.type).map((type) => conceptText(type, context)),
    text(organisation && parent ? resolve(parent, organisation, context)?.name : undefined) || text(parent?.display),
  ].join(' ');
  return withCareLevel(found.label, careLevelOfWords(words) ?? careLevelOfWords(text(origin?.label)), origin, m);
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

function careLevelOfWords(words: string): CareLevel | undefined {
  if (/apotek|pharmacy/i.test(words)) return 'pharmacy';
  if (/fastleg|legekontor|legesenter|allmennlege|allmennmedisin/i.test(words)) return 'gp';
  if (/kommun|hjemmetjeneste|hjemmesykepleie|sykehjem|omsorg|helsestasjon|legevakt/i.test(words)) return 'municipal';
  if (/helseforetak|sykehus|hospital|spesialist|avdeling|klinikk|\bHF\b/i.test(words)) return 'specialist';
  return undefined;
}
