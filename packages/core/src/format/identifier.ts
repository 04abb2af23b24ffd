import type { Identifier } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import { formatCodeableConcept } from './codeable-concept.js';
import type { FormatOptions } from './format-options.js';
import { element, list, text } from './untrusted.js';

/** The Norwegian identifiers Samspill recognises (no-basis), and `other` for the rest. */
export const IDENTIFIER_KINDS = ['fnr', 'dnr', 'fhn', 'hpr', 'duf', 'hnr', 'orgnr', 'resh', 'her', 'other'] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export interface IdentifierFormatOptions extends FormatOptions {
  /** Show a fødselsnummer or D-nummer in full; masked to its birth-date part when left out. */
  readonly reveal?: boolean;
}

// Keyed by the bare OID or the lower-cased URI: HL7 Norway publishes both for each naming system.
const SYSTEM_KINDS = new Map<string, IdentifierKind>([
  ['2.16.578.1.12.4.1.4.1', 'fnr'],
  ['http://hl7.no/fhir/namingsystem/fnr', 'fnr'],
  ['2.16.578.1.12.4.1.4.2', 'dnr'],
  ['http://hl7.no/fhir/namingsystem/dnr', 'dnr'],
  ['2.16.578.1.12.4.1.4.3', 'fhn'],
  ['http://hl7.no/fhir/namingsystem/fhnr', 'fhn'],
  ['2.16.578.1.12.4.1.4.4', 'hpr'],
  ['http://hl7.no/fhir/namingsystem/hpr', 'hpr'],
  ['2.16.578.1.12.4.1.4.5', 'duf'],
  ['http://hl7.no/fhir/namingsystem/dufn', 'duf'],
  ['hnr', 'hnr'],
  ['2.16.578.1.12.4.1.4.101', 'orgnr'],
  ['http://data.brreg.no/begrep/28155', 'orgnr'],
  ['2.16.578.1.12.4.1.4.102', 'resh'],
  ['http://hl7.no/fhir/namingsystem/reshid', 'resh'],
  ['2.16.578.1.12.4.1.2', 'her'],
  ['http://hl7.no/fhir/namingsystem/herid', 'her'],
]);

// A local H-nummer may also be recognised by its type alone (no-basis: identifier type OID 8327).
const IDENTIFIER_TYPE_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.1.8327';

export const messages = defineCatalogue({
  fnr: 'Fødselsnummer',
  dnr: 'D-nummer',
  fhn: 'Felles hjelpenummer',
  hpr: 'HPR-nummer',
  duf: 'DUF-nummer',
  hnr: 'H-nummer',
  orgnr: 'Organisasjonsnummer',
  resh: 'RESH-id',
  her: 'HER-id',
  other: 'Identifikator',
});

/** Which Norwegian identifier this is, by its system (`urn:oid:…` or the HL7 Norway URI). */
export function identifierKind(identifier: Identifier | undefined): IdentifierKind {
  const fields = element(identifier);
  const system = text(fields?.system)
    .toLowerCase()
    .replace(/^urn:oid:/, '');
  const kind = SYSTEM_KINDS.get(system);
  if (kind) return kind;
  const types = list(element(fields?.type)?.coding).map(element);
  const isHnr = types.some((coding) => text(coding?.system) === IDENTIFIER_TYPE_SYSTEM && text(coding?.code) === 'HNR');
  return isHnr ? 'hnr' : 'other';
}

/**
 * Whether a value is an 11-digit fødselsnummer or D-nummer whose two mod-11 check digits hold.
 * Spaces are ignored, so a grouped "070524 12345" is judged by its digits.
 */
export function isValidNorwegianPersonalNumber(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const digits = value.replace(/\s/g, '');
  if (!/^\d{11}$/.test(digits)) return false;
  const d = Array.from(digits, Number);
  const check = (weights: readonly number[]) =>
    (11 - (weights.reduce((sum, w, i) => sum + w * (d[i] ?? 0), 0) % 11)) % 11;
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === d[9] && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === d[10];
}

/**
 * What the identifier is called: "Fødselsnummer", "HPR-nummer"… from the catalogue; for other
 * systems the identifier's `type`, or a plain "Identifikator". Kept apart from the value so a view
 * can put them in separate cells.
 */
export function formatIdentifierLabel(identifier: Identifier | undefined, options?: FormatOptions): string {
  const m = messages[resolveLocale(options?.locale)];
  const fields = element(identifier);
  const kind = identifierKind(identifier);
  if (kind === 'other') return formatCodeableConcept(fields?.type as Identifier['type'], options) || m.other;
  // An H-nummer is only unique within its assigner, so name the assigner with it.
  const assigner = kind === 'hnr' ? text(element(fields?.assigner)?.display) : '';
  return assigner ? `${m.hnr} (${assigner})` : m[kind];
}

/**
 * The identifier's value as a person reads it. A fødselsnummer or D-nummer is masked to its first
 * six digits ("070524 *****") unless `reveal` is set; an invalid one is masked too, never dropped.
 * So is an unrecognised identifier whose value passes the check digits: leaking a personal number
 * costs more than hiding a look-alike. An organisasjonsnummer is grouped "123 456 789".
 */
export function formatIdentifier(identifier: Identifier | undefined, options?: IdentifierFormatOptions): string {
  const fields = element(identifier);
  const value = text(fields?.value);
  if (!value) return '';
  const kind = identifierKind(identifier);
  const digits = value.replace(/\s/g, '');
  if (kind === 'fnr' || kind === 'dnr' || (kind === 'other' && isValidNorwegianPersonalNumber(value))) {
    const whole = /^\d{11}$/.test(digits);
    if (options?.reveal === true) return whole ? `${digits.slice(0, 6)} ${digits.slice(6)}` : value;
    // Only a full-length value can spare its first six characters and still hide the rest.
    return digits.length >= 11 ? `${digits.slice(0, 6)} *****` : '*****';
  }
  if (kind === 'orgnr' && /^\d{9}$/.test(digits)) return digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
  return value;
}
