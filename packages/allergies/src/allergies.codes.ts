// What an AllergyIntolerance's `code` says: a substance (named by the data's words, with its ATC,
// SNOMED CT and other codes for the details; a FEST key is a catalogue key and never shown), or a
// statement that there is no known allergy. Only the codes published for that say so: SNOMED CT's
// "no known … allergy" situations and HL7 IPS's absent-or-unknown codes; words alone never do.
import { ATC_SYSTEM, untrusted } from '@samspill/core/data.js';

const { element, list, text } = untrusted;

export const SNOMED_CT = 'http://snomed.info/sct';
/** SNOMED CT by its OID, as some servers write it. */
const SNOMED_CT_OID = 'urn:oid:2.16.840.1.113883.6.96';
/** HL7 IPS's codes for information that is absent or unknown. */
export const IPS_ABSENT_UNKNOWN = 'http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips';
/** A code that only says why there is no value (Oracle Health's entered-in-error records carry one). */
export const DATA_ABSENT_REASON = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';

/**
 * What a statement instead of an allergy says: no known allergy of every kind, of one category or
 * to latex; or, IPS's `no-allergy-info`, that nothing is known either way (never a reassurance).
 */
export const STATEMENT_KINDS = [
  'no-known-allergy',
  'no-known-medication-allergy',
  'no-known-food-allergy',
  'no-known-environmental-allergy',
  'no-known-latex-allergy',
  'no-allergy-information',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** The codes of each statement, as `system|code`. */
export const STATEMENT_CODES: ReadonlyMap<string, StatementKind> = new Map([
  [`${SNOMED_CT}|716186003`, 'no-known-allergy'],
  [`${SNOMED_CT}|409137002`, 'no-known-medication-allergy'],
  [`${SNOMED_CT}|429625007`, 'no-known-food-allergy'],
  [`${SNOMED_CT}|428607008`, 'no-known-environmental-allergy'],
  [`${SNOMED_CT}|716184000`, 'no-known-latex-allergy'],
  [`${IPS_ABSENT_UNKNOWN}|no-known-allergies`, 'no-known-allergy'],
  [`${IPS_ABSENT_UNKNOWN}|no-known-medication-allergies`, 'no-known-medication-allergy'],
  [`${IPS_ABSENT_UNKNOWN}|no-known-food-allergies`, 'no-known-food-allergy'],
  [`${IPS_ABSENT_UNKNOWN}|no-known-environmental-allergies`, 'no-known-environmental-allergy'],
  [`${IPS_ABSENT_UNKNOWN}|no-allergy-info`, 'no-allergy-information'],
]);

// Proper names, the same in every language. A Map, so a system like "constructor" finds nothing.
const SYSTEM_NAMES = new Map([
  [ATC_SYSTEM, 'ATC'],
  [SNOMED_CT, 'SNOMED CT'],
  [SNOMED_CT_OID, 'SNOMED CT'],
  ['http://www.nlm.nih.gov/research/umls/rxnorm', 'RxNorm'],
  ['http://hl7.org/fhir/sid/icd-10', 'ICD-10'],
  ['urn:oid:2.16.578.1.12.4.1.1.7110', 'ICD-10'],
  ['urn:oid:2.16.578.1.12.4.1.1.7170', 'ICPC-2'],
  ['http://fdasis.nlm.nih.gov', 'UNII'],
]);

/** One coding as the details list it: "ATC J01C Betalaktamantibakterielle midler, penicilliner". */
export interface SubstanceCode {
  /** The code system's proper name ("ATC", "SNOMED CT"). */
  readonly system: string;
  readonly code: string;
  readonly display: string;
}

/** A coding's `system|code`, SNOMED CT's OID read as its URI. */
function codeKey(coding: untrusted.Fields): string {
  const system = text(coding.system);
  return `${system === SNOMED_CT_OID ? SNOMED_CT : system}|${text(coding.code)}`;
}

function codings(concept: unknown): untrusted.Fields[] {
  return list(element(concept)?.coding).flatMap<untrusted.Fields>((coding) => element(coding) ?? []);
}

/** The statement a concept codes, if any of its codings is one. */
export function statementKind(concept: unknown): StatementKind | undefined {
  for (const coding of codings(concept)) {
    const kind = STATEMENT_CODES.get(codeKey(coding));
    if (kind) return kind;
  }
  return undefined;
}

/** Whether a concept says nothing but why it is empty: no words, and data-absent-reason codes only. */
export function isAbsent(concept: unknown): boolean {
  const all = codings(concept);
  return all.length > 0 && all.every((coding) => text(coding.system) === DATA_ABSENT_REASON);
}

/** The codings of well-known systems, each once: what the details list under "Koder". */
export function substanceCodes(concept: unknown): SubstanceCode[] {
  const found: SubstanceCode[] = [];
  for (const coding of codings(concept)) {
    const system = SYSTEM_NAMES.get(text(coding.system));
    const code = text(coding.code);
    if (!system || !code || found.some((other) => other.system === system && other.code === code)) continue;
    found.push({ system, code, display: text(coding.display) });
  }
  return found;
}
