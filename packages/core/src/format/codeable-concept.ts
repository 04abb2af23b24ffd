import type { CodeableConcept, Coding } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import type { FormatOptions } from './format-options.js';
import { knownCodeName } from './known-codes.js';
import { type Fields, element, list, text } from './untrusted.js';

/** WHO ATC: what no-basis carries next to FEST, and what medications are grouped by. */
export const ATC_SYSTEM = 'http://www.whocc.no/atc';

/** The FEST code system of no-basis-Medication; its display is FEST's "NavnFormStyrke". */
export const FEST_SYSTEM = 'http://ehelse.no/fhir/CodeSystem/FEST';

// LMDI names FEST's levels as NamingSystems (festLegemiddelMerkevare, fest-varenummer, lmrLopenummer…)
// under dmp.no, and under hl7.no in the archived draft. They are catalogue keys all the same.
const FEST_NAMING_SYSTEM = /^https?:\/\/(?:dmp|hl7)\.no\/fhir\/NamingSystem\/(?:fest|lmr)[\w-]*$/i;

const SNOMED_CT = 'http://snomed.info/sct';

// Proper names, the same in every locale. A Map, so a system like "constructor" finds nothing.
const SYSTEM_NAMES = new Map([
  [ATC_SYSTEM, 'ATC'],
  [SNOMED_CT, 'SNOMED CT'],
  ['urn:oid:2.16.578.1.12.4.1.1.7110', 'ICD-10'],
  ['http://hl7.org/fhir/sid/icd-10', 'ICD-10'],
  ['urn:oid:2.16.578.1.12.4.1.1.7170', 'ICPC-2'],
  ['http://loinc.org', 'LOINC'],
  ['http://unitsofmeasure.org', 'UCUM'],
  ['http://www.nlm.nih.gov/research/umls/rxnorm', 'RxNorm'],
]);

// A fully specified name's semantic tag ("Paracetamol 500 mg tablet (product)", "Every four to six
// hours (qualifier value)") is for terminologists; the clinician reads the name without it.
const SEMANTIC_TAG =
  /\s+\((?:finding|disorder|qualifier value|body structure|procedure|substance|product|medicinal product|medicinal product form|clinical drug|observable entity|situation|regime\/therapy|morphologic abnormality|physical object|event|occupation|person|environment|record artifact|specimen)\)$/i;

/** A coding's display as a person reads it: a SNOMED CT display without its semantic tag. */
function displayOf(coding: Fields): string {
  const display = text(coding.display);
  return text(coding.system) === SNOMED_CT ? display.replace(SEMANTIC_TAG, '') || display : display;
}

export const messages = defineCatalogue({ unnamedMedication: 'Ukjent legemiddel' });

/** Whether a coding system holds FEST catalogue keys, whose codes must never be shown as a name. */
export function isFestSystem(system: unknown): boolean {
  const uri = text(system);
  return uri === FEST_SYSTEM || FEST_NAMING_SYSTEM.test(uri);
}

/**
 * One coding as a person reads it: its display; with only a code, the name of a code from a
 * published HL7 or US Core code system, "code (system)" for well-known terminologies, the bare code
 * for others, and a catalogue phrase for a FEST key, which names nothing.
 */
export function formatCoding(coding: Coding | undefined, options?: FormatOptions): string {
  const fields = element(coding);
  const display = fields ? displayOf(fields) : '';
  if (display) return display;
  const code = text(fields?.code);
  if (!code) return '';
  const system = text(fields?.system);
  const locale = resolveLocale(options?.locale);
  const known = knownCodeName(system, code, locale);
  if (known) return known;
  if (isFestSystem(system)) return messages[locale].unnamedMedication;
  const name = SYSTEM_NAMES.get(system);
  return name ? `${code} (${name})` : code;
}

/**
 * A concept as a person reads it: `text`; else the display of a FEST coding, a `userSelected` one,
 * or the first with a display; a bare code only when no coding has a display at all.
 */
export function formatCodeableConcept(concept: CodeableConcept | undefined, options?: FormatOptions): string {
  const fields = element(concept);
  const label = text(fields?.text);
  if (label) return label;
  const codings = list(fields?.coding).flatMap<Fields>((coding) => element(coding) ?? []);
  const named = codings.filter((coding) => text(coding.display));
  const preferred =
    named.find((coding) => isFestSystem(coding.system)) ??
    named.find((coding) => coding.userSelected === true) ??
    named[0];
  if (preferred) return displayOf(preferred);
  // Codes only: a well-known system's code says more than a local one, a FEST key says least.
  const coded = codings.filter((coding) => text(coding.code));
  const locale = resolveLocale(options?.locale);
  const best =
    coded.find((coding) => knownCodeName(text(coding.system), text(coding.code), locale)) ??
    coded.find((coding) => SYSTEM_NAMES.has(text(coding.system))) ??
    coded.find((coding) => !isFestSystem(coding.system)) ??
    coded[0];
  return best ? formatCoding(best, options) : '';
}

/** The first coding from `system`, compared exactly after trimming. */
export function findCoding(concept: CodeableConcept | undefined, system: string): Coding | undefined {
  const wanted = text(system);
  const found = list(element(concept)?.coding).find(
    (coding) => wanted !== '' && text(element(coding)?.system) === wanted,
  );
  return found as Coding | undefined;
}

/** The concept's ATC code ("N02BE01"), for grouping by substance; undefined when it has none. */
export function atcCode(concept: CodeableConcept | undefined): string | undefined {
  for (const coding of list(element(concept)?.coding)) {
    const fields = element(coding);
    const code = text(fields?.code);
    if (code && text(fields?.system) === ATC_SYSTEM) return code;
  }
  return undefined;
}
