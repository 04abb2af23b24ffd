import type { Identifier, Reference } from 'fhir/r4';
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import type { FormatOptions } from './format-options.js';
import { referenceType } from '../source/fhir-reference.js';
import { formatIdentifier, formatIdentifierLabel } from './identifier.js';
import { element, text } from './untrusted.js';

const messages = defineCatalogue(
  {
    Patient: 'Pasient uten navn',
    Practitioner: 'Helsepersonell uten navn',
    RelatedPerson: 'Pårørende uten navn',
    Organization: 'Organisasjon uten navn',
    Location: 'Sted uten navn',
    CareTeam: 'Behandlingsteam uten navn',
    HealthcareService: 'Helsetjeneste uten navn',
    Device: 'Utstyr uten navn',
    Medication: 'Legemiddel uten navn',
    unnamed: 'Uten navn',
  },
  {
    nn: {
      Patient: 'Pasient utan namn',
      Practitioner: 'Helsepersonell utan namn',
      RelatedPerson: 'Pårørande utan namn',
      Organization: 'Organisasjon utan namn',
      Location: 'Stad utan namn',
      CareTeam: 'Behandlingsteam utan namn',
      HealthcareService: 'Helseteneste utan namn',
      Device: 'Utstyr utan namn',
      Medication: 'Legemiddel utan namn',
      unnamed: 'Utan namn',
    },
    en: {
      Patient: 'Unnamed patient',
      Practitioner: 'Unnamed practitioner',
      RelatedPerson: 'Unnamed related person',
      Organization: 'Unnamed organisation',
      Location: 'Unnamed location',
      CareTeam: 'Unnamed care team',
      HealthcareService: 'Unnamed healthcare service',
      Device: 'Unnamed device',
      Medication: 'Unnamed medication',
      unnamed: 'Unnamed',
    },
  },
);

type Key = keyof (typeof messages)['nb'];

// A role is shown as the person who holds it. A Map, so "constructor" and friends find nothing.
const TYPE_KEYS = new Map<string, Key>([
  ['Patient', 'Patient'],
  ['Practitioner', 'Practitioner'],
  ['PractitionerRole', 'Practitioner'],
  ['RelatedPerson', 'RelatedPerson'],
  ['Organization', 'Organization'],
  ['Location', 'Location'],
  ['CareTeam', 'CareTeam'],
  ['HealthcareService', 'HealthcareService'],
  ['Device', 'Device'],
  ['Medication', 'Medication'],
]);

/**
 * A reference as a person reads it, without resolving it: its `display`; else its logical
 * identifier with a label ("HPR-nummer 9144900", a fødselsnummer masked); else what kind of thing
 * it points at ("Helsepersonell uten navn"). A raw "Practitioner/123" is never shown: it means
 * nothing to a clinician, and a view that can resolve the reference should format the resource.
 * Not "Ukjent pasient" either: in a hospital that means a patient nobody has identified.
 */
export function formatReference(reference: Reference | undefined, options?: FormatOptions): string {
  const fields = element(reference);
  if (!fields) return '';
  const display = text(fields.display);
  if (display) return display;
  const identifier = fields.identifier as Identifier | undefined;
  const value = formatIdentifier(identifier, options);
  if (value) return `${formatIdentifierLabel(identifier, options)} ${value}`;
  const type = referenceType(fields);
  if (!type && !text(fields.reference)) return '';
  return messages[resolveLocale(options?.locale)][TYPE_KEYS.get(type) ?? 'unnamed'];
}
