// The medicine an entry names: its name (FEST's first), ATC code, form and strength, from the entry's
// own concept, a referenced Medication, or the prescription it absorbed.
import type { Ratio } from 'fhir/r4.js';
import { ATC_SYSTEM, FEST_SYSTEM, formatCodeableConcept, formatRatio, untrusted } from '@samspill/core/data.js';
import { conceptText, namedConcept } from './concept-text.js';
import type { Context, Entry } from './medication-entry.js';
import { resolve } from './medication-reference.js';
import type { MedicationAtc } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

const FEST_NAMING_SYSTEM = /^https?:\/\/(?:dmp|hl7)\.no\/fhir\/NamingSystem\/(?:fest|lmr)[\w-]*$/i;
const ATC_LEVEL_5 = /^[A-Z]\d\d[A-Z]{2}\d\d$/;
// A catalogue key or GUID is never a name.
const KEY_LIKE = /^(?:ID_)?[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;

interface MedicationFacts {
  readonly name: string;
  readonly atc?: MedicationAtc;
  readonly form: string;
  readonly strength: string;
}

export function medicationOf(
  entry: Entry,
  requests: readonly Entry[],
  context: Context,
  problems: string[],
): MedicationFacts {
  const { m } = context;
  // The entry's own medicine, else that of the prescription it absorbed.
  const candidates = [entry, ...requests.filter((request) => request !== entry)];
  let reference: Fields | undefined;
  for (const candidate of candidates) {
    const fields = candidate.fields;
    if (!fields) continue;
    const concept = element(fields.medicationCodeableConcept);
    if (concept) return describeMedication(concept, undefined, undefined, context, problems);
    const ref = element(fields.medicationReference);
    if (!ref) continue;
    reference ??= ref;
    const medication = resolve(ref, fields, context);
    if (medication?.resourceType === 'Medication') {
      return describeMedication(element(medication.code), medication, ref, context, problems);
    }
  }
  if (reference) {
    const display = nameText(reference.display);
    if (display) return { name: display, form: '', strength: '' };
    // Not shared with the app: the list says so once; each row needs no problem of its own.
    if (!context.notShared.has('Medication')) problems.push(m.unresolvedMedication);
    return { name: m.unknownMedication, form: '', strength: '' };
  }
  problems.push(m.missingMedication);
  return { name: m.unknownMedication, form: '', strength: '' };
}

function describeMedication(
  code: Fields | undefined,
  medication: Fields | undefined,
  reference: Fields | undefined,
  context: Context,
  problems: string[],
): MedicationFacts {
  const name =
    festName(code) ||
    nameText(code?.text) ||
    (namedConcept(code) ? nameText(formatCodeableConcept(code, context.format)) : '') ||
    ingredientNames(medication, context) ||
    nameText(reference?.display);
  if (!name) problems.push(context.m.unnamedMedication);
  const atc = atcOf(code, medication);
  return {
    name: name || context.m.unknownMedication,
    ...(atc ? { atc } : {}),
    form: conceptText(medication?.form, context),
    strength: strengthOf(medication, context),
  };
}

function isFest(system: unknown): boolean {
  const uri = text(system);
  return uri === FEST_SYSTEM || FEST_NAMING_SYSTEM.test(uri);
}

function festName(code: Fields | undefined): string {
  for (const coding of list(code?.coding)) {
    const fields = element(coding);
    if (fields && isFest(fields.system)) {
      const display = nameText(fields.display);
      if (display) return display;
    }
  }
  return '';
}

function nameText(value: unknown): string {
  const shown = text(value);
  return KEY_LIKE.test(shown) ? '' : shown;
}

function ingredientNames(medication: Fields | undefined, context: Context): string {
  const names = list(medication?.ingredient).map((ingredient) => {
    const fields = element(ingredient);
    const concept = element(fields?.itemCodeableConcept);
    if (concept) return festName(concept) || nameText(conceptText(concept, context));
    return nameText(element(fields?.itemReference)?.display);
  });
  return names.every(Boolean) ? names.join(' + ') : '';
}

function atcOf(code: Fields | undefined, medication: Fields | undefined): MedicationAtc | undefined {
  // no-basis carries ATC in Medication.code; LMDI in a classification extension.
  const concepts = [
    code,
    ...list(medication?.extension)
      .map((extension) => element(extension))
      .filter((extension) => /classification/i.test(text(extension?.url)))
      .map((extension) => element(extension?.valueCodeableConcept)),
  ];
  const codings = concepts
    .flatMap((concept) => list(concept?.coding))
    .map((coding) => element(coding))
    .filter((coding): coding is Fields => coding !== undefined && text(coding.system) === ATC_SYSTEM)
    .filter((coding) => text(coding.code) !== '');
  const best = codings.find((coding) => ATC_LEVEL_5.test(text(coding.code))) ?? codings[0];
  if (!best) return undefined;
  const atcCode = text(best.code);
  return { code: atcCode, display: text(best.display), substance: ATC_LEVEL_5.test(atcCode) };
}

function strengthOf(medication: Fields | undefined, context: Context): string {
  return list(medication?.ingredient)
    .map((ingredient) => element(ingredient))
    .filter((ingredient) => ingredient !== undefined && ingredient.isActive !== false)
    .map((ingredient) => formatRatio(element(ingredient?.strength) as Ratio | undefined, context.format))
    .filter(Boolean)
    .join(' + ');
}
