// What a PLL statement from SFM (sfm-MedicationStatement, package sfm.130323) says in its own
// extensions, the way Kjernejournal shows it: kortdosering and bruksområde inside each dosage, who
// prescribed it (sfm-regInfo), when it was prescribed and expires (sfm-reseptamendment) and why it was
// discontinued (sfm-discontinuation). An extension of the wrong shape is passed over, never thrown on.
import { formatIdentifier, untrusted } from '@samspill/core/data.js';
import { conceptText } from './concept-text.js';
import type { Context } from './medication-entry.js';
import { HPR_SYSTEM, type MedicationPrescriber } from './medication-row.js';

const { element, extensions, list, text } = untrusted;
type Fields = untrusted.Fields;

export const SFM = 'http://ehelse.no/fhir/StructureDefinition/';

/** The extensions of an element with SFM's `name` ("sfm-use"); a url in another case still counts. */
export function sfmExtensions(fields: Fields | undefined, name: string): Fields[] {
  return extensions(fields, `${SFM}${name}`);
}

/** A complex extension's first part named `name` ("reseptdate"). */
export function subExtension(extension: Fields | undefined, name: string): Fields | undefined {
  return extensions(extension, name)[0];
}

/** The extensions of each dosage, then the resource's own: SFM puts bruk and the rest in the dosage. */
function carriers(resources: readonly (Fields | undefined)[], dosages: unknown): (Fields | undefined)[] {
  return [...list(dosages).map(element), ...resources];
}

/** Bruksområde ("Mot smerter"): a text sub-extension, a coded one, or (older servers) a plain value. */
export function applicationAreaOf(
  resources: readonly (Fields | undefined)[],
  dosages: unknown,
  context: Context,
): string {
  const shown = carriers(resources, dosages)
    .flatMap((fields) => sfmExtensions(fields, 'sfm-application-area'))
    .map(
      (extension) =>
        text(subExtension(extension, 'text')?.valueString) ||
        conceptText(subExtension(extension, 'coded')?.valueCodeableConcept, context) ||
        text(extension.valueString) ||
        conceptText(extension.valueCodeableConcept, context),
    )
    .filter(Boolean);
  return [...new Set(shown)].join('; ');
}

/** Kortdosering of one dosage or resource ("1 tablett morgen og kveld"), OID 2.16.578.1.12.4.1.1.9088. */
export function shortDosageOf(fields: Fields | undefined, context: Context): string {
  for (const extension of sfmExtensions(fields, 'sfm-shortdosage')) {
    const shown = conceptText(extension.valueCodeableConcept, context) || text(extension.valueString);
    if (shown) return shown;
  }
  return '';
}

/** The first kortdosering of the dosages or the resources; empty when none. */
export function firstShortDosage(
  resources: readonly (Fields | undefined)[],
  dosages: unknown,
  context: Context,
): string {
  for (const fields of carriers(resources, dosages)) {
    const shown = shortDosageOf(fields, context);
    if (shown) return shown;
  }
  return '';
}

// "Lege Legesen, HPR: 1234567, Fjordvik legekontor, HER: 12345": the name before the first comma.
const HPR_IN_DISPLAY = /\bHPR(?:-?nr\.?|-nummer)?\s*:?\s*(\d{4,9})\b/i;

/** Who prescribed it: the provider of the "Forskrevet av" registration, its HPR number kept apart. */
export function registeredPrescriberOf(fields: Fields | undefined, context: Context): MedicationPrescriber | undefined {
  for (const registration of sfmExtensions(fields, 'sfm-reginfo')) {
    const type = element(subExtension(registration, 'type')?.valueCodeableConcept);
    const words = [text(type?.text), ...list(type?.coding).map((coding) => text(element(coding)?.display))];
    if (!words.some((word) => /^forskrevet\b/i.test(word))) continue;
    const display = text(element(subExtension(registration, 'provider')?.valueReference)?.display);
    const name = text(display.split(',')[0]);
    if (!name || HPR_IN_DISPLAY.test(name)) continue;
    const number = HPR_IN_DISPLAY.exec(display)?.[1];
    const hpr = number ? formatIdentifier({ system: HPR_SYSTEM, value: number }, context.format) : '';
    return hpr ? { name, hpr } : { name };
  }
  return undefined;
}

/** The prescription's dates as written (read and checked by the model): forskrivningsdato and utløpsdato. */
export function prescriptionDatesOf(fields: Fields | undefined): { reseptdate?: unknown; expirationdate?: unknown } {
  const amendment = sfmExtensions(fields, 'sfm-reseptamendment')[0];
  const value = (name: string): unknown => {
    const part = subExtension(amendment, name);
    return part?.valueDate ?? part?.valueDateTime;
  };
  const reseptdate = value('reseptdate');
  const expirationdate = value('expirationdate');
  return {
    ...(reseptdate !== undefined ? { reseptdate } : {}),
    ...(expirationdate !== undefined ? { expirationdate } : {}),
  };
}

export interface Discontinuation {
  /** The date as written, when there is one. */
  readonly timedate?: unknown;
  /** The reason and the note, in words; empty when neither. */
  readonly reason: string;
}

/** Seponering: when and why; undefined when the statement was not discontinued. */
export function discontinuationOf(fields: Fields | undefined, context: Context): Discontinuation | undefined {
  const extension = sfmExtensions(fields, 'sfm-discontinuation')[0];
  if (!extension) return undefined;
  const timedate = subExtension(extension, 'timedate');
  const value = timedate?.valueDateTime ?? timedate?.valueDate;
  const reason = [
    conceptText(subExtension(extension, 'reason')?.valueCodeableConcept, context),
    text(subExtension(extension, 'note')?.valueString),
  ].filter(Boolean);
  // One that says neither when nor why is no discontinuation to act on.
  if (value === undefined && reason.length === 0) return undefined;
  return { ...(value !== undefined ? { timedate: value } : {}), reason: [...new Set(reason)].join('. ') };
}
