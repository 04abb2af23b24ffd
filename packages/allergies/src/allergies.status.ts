// The coded fields of an AllergyIntolerance as option lists, and how each is read: clinical and
// verification status by their code (never their text: Oracle Health sends a verification status
// coded "confirmed" with the text "Active"), also as a bare code as STU3 servers send them.
import { untrusted } from '@samspill/core/data.js';

const { element, list, text } = untrusted;

export const CLINICAL_STATUS_SYSTEM = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical';
export const VERIFICATION_STATUS_SYSTEM = 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification';

/** Clinical status: inactive and resolved ones are shown apart from the current ones. */
export const CLINICAL_STATUSES = ['active', 'inactive', 'resolved'] as const;
export type ClinicalStatus = (typeof CLINICAL_STATUSES)[number];

/**
 * Verification status: unconfirmed and presumed (R5), and the provisional and differential a server
 * may send with Condition's codes, are marked "Ikke bekreftet"; refuted and
 * entered-in-error are left out of the view (and counted).
 */
export const VERIFICATION_STATUSES = [
  'confirmed',
  'unconfirmed',
  'presumed',
  'provisional',
  'differential',
  'refuted',
  'entered-in-error',
] as const;

/** The verification statuses marked "Ikke bekreftet" wherever a record is shown. */
export const UNCONFIRMED_STATUSES: readonly VerificationStatus[] = [
  'unconfirmed',
  'presumed',
  'provisional',
  'differential',
];
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Criticality: `high` is kritisk, shown first and marked in words and with an icon. */
export const CRITICALITIES = ['high', 'low', 'unable-to-assess'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

/** Categories, in the order a prescriber needs them. */
export const ALLERGY_CATEGORIES = ['medication', 'food', 'environment', 'biologic'] as const;
export type AllergyCategory = (typeof ALLERGY_CATEGORIES)[number];

export const ALLERGY_TYPES = ['allergy', 'intolerance'] as const;
export type AllergyType = (typeof ALLERGY_TYPES)[number];

export const REACTION_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type ReactionSeverity = (typeof REACTION_SEVERITIES)[number];

/**
 * A code read from a field: one of the options; or present but none of them, with what was written
 * (`''` when nothing readable was); or absent (both undefined).
 */
export interface Coded<T extends string> {
  readonly code?: T;
  readonly unknown?: string;
}

/**
 * A status CodeableConcept (or a bare code) read by its code: the coding of `system` first, then
 * any coding whose code is one of `options`. `unknown` holds what was written when none is.
 */
export function statusCode<T extends string>(value: unknown, options: readonly T[], system: string): Coded<T> {
  const known = (code: string): code is T => (options as readonly string[]).includes(code);
  if (typeof value === 'string') {
    const code = text(value);
    return known(code) ? { code } : { unknown: code };
  }
  const codings = list(element(value)?.coding).flatMap<untrusted.Fields>((coding) => element(coding) ?? []);
  const ofSystem = codings.filter((coding) => text(coding.system) === system);
  for (const coding of [...ofSystem, ...codings]) {
    const code = text(coding.code);
    if (known(code)) return { code };
  }
  if (value === undefined || value === null) return {};
  return { unknown: text(ofSystem[0]?.code) || text(codings[0]?.code) || text(element(value)?.text) };
}

/** A `code` field (criticality, type, severity): one of `options`, or what was written. */
export function plainCode<T extends string>(value: unknown, options: readonly T[]): Coded<T> {
  if (value === undefined || value === null) return {};
  const code = text(value);
  return (options as readonly string[]).includes(code) ? { code: code as T } : { unknown: code };
}
