// The row <sam-medication-list> shows for one medication, and the vocabularies it is written in
// (bruk, status, care level), shared by the model that builds rows and the element that renders them.
import type { PartialDatePrecision, SourceOrigin } from '@samspill/core/data.js';

/** The resource types that become rows. */
export const MEDICATION_RESOURCE_TYPES = ['MedicationRequest', 'MedicationStatement', 'MedicationDispense'] as const;
export type MedicationResourceType = (typeof MEDICATION_RESOURCE_TYPES)[number];

/** SFM "bruk" (type of use), OID 2.16.578.1.12.4.1.1.9101: 1 Fast, 2 Kur, 3 Ved behov. */
export const MEDICATION_USES = ['fast', 'kur', 'ved-behov'] as const;
export type MedicationUse = (typeof MEDICATION_USES)[number];

/** Statuses with the no-basis meanings first, then FHIR's others. */
export const MEDICATION_STATUSES = [
  'active',
  'on-hold',
  'intended',
  'draft',
  'unknown',
  'completed',
  'stopped',
  'cancelled',
  'not-taken',
  'entered-in-error',
] as const;
export type MedicationStatus = (typeof MEDICATION_STATUSES)[number];

/** Where in the health service an entry was recorded, when its organisation says so. */
export const CARE_LEVELS = ['specialist', 'municipal', 'gp', 'pharmacy'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

export const USE_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.1.9101';
export const USE_EXTENSION = 'http://ehelse.no/fhir/StructureDefinition/sfm-use';
export const HPR_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.4';

/** A date as written (its precision kept) and as read. */
export interface MedicationDate {
  /** The value as it is in the resource: "2019" stays a year. */
  readonly value: string;
  readonly precision: PartialDatePrecision;
  /** Formatted at its own precision by core's `formatDate`; "ukjent dato" when it cannot be read. */
  readonly text: string;
  /** Written but not readable as a date: `value` is what was written, and nothing is reckoned from it. */
  readonly unreadable?: true;
}

export interface MedicationAtc {
  readonly code: string;
  /** The substance ("Paracetamol"); empty when the coding has no display. */
  readonly display: string;
  /** Whether the code names one substance (level 5, "N02BE01"), what duplicates are found by. */
  readonly substance: boolean;
}

export interface MedicationPrescriber {
  readonly name: string;
  /** The HPR number, when the Practitioner is at hand or the PLL registration names it. */
  readonly hpr?: string;
}

export interface MedicationSource {
  /** The organisation ("Fjordvik sentrum legekontor"), else the merged source's label, else a host. */
  readonly label: string;
  readonly careLevel?: CareLevel;
  /** The care level in words; empty when unknown. */
  readonly careLevelText: string;
  /** The source a merged FhirSource says the resource came from (core `originOf`). */
  readonly origin?: SourceOrigin;
}

export interface MedicationFlags {
  readonly selfReported: boolean;
  readonly multidose: boolean;
  /** A member of the patient's PLL (an identifier of the PLL slice). */
  readonly pll: boolean;
  /** Vergeinnsynsreservasjon: take care when a guardian is present. */
  readonly guardianReservation: boolean;
}

export interface MedicationRow {
  /** Stable within one input: `Type/id` of the head resource, suffixed when it repeats. */
  readonly key: string;
  readonly resourceType: MedicationResourceType | 'unknown';
  readonly name: string;
  readonly atc?: MedicationAtc;
  readonly form: string;
  readonly strength: string;
  /**
   * One line per dosage, in sequence order: `dosage.text` when given, else SFM's kortdosering, else the
   * structured fields; for a PLL statement with none of these, the e-prescription's structured dosing.
   */
  readonly dosageLines: readonly string[];
  /** SFM's kortdosering ("1 tablett morgen og kveld"), when the entry has one. */
  readonly shortDosage?: string;
  readonly route: string;
  readonly use?: MedicationUse;
  /** The bruk in words; empty when unknown. */
  readonly useText: string;
  readonly indication: string;
  readonly start?: MedicationDate;
  readonly end?: MedicationDate;
  /** Start and end as one phrase, each at its precision; empty when neither is known. */
  readonly periodText: string;
  /** Forskrivningsdato: when the prescription behind a PLL statement was written (sfm-reseptamendment). */
  readonly prescribed?: MedicationDate;
  /** Utløpsdato: when that prescription expires. */
  readonly expires?: MedicationDate;
  /** The last pharmacy dispense of the prescription behind the row. */
  readonly dispensed?: MedicationDate;
  readonly prescriber?: MedicationPrescriber;
  readonly source: MedicationSource;
  readonly status: MedicationStatus;
  readonly statusText: string;
  readonly statusReason: string;
  /** Active, on hold or planned, and not past its end date. */
  readonly current: boolean;
  /** On hold: a current row to draw attention to (MEDv-024). */
  readonly attention: boolean;
  readonly lastChanged?: MedicationDate;
  readonly flags: MedicationFlags;
  /** Older links of a renewal chain, newest first. */
  readonly history: readonly MedicationRow[];
  /** Keys of other current rows with the same substance (ATC level 5). */
  readonly possibleDuplicates: readonly string[];
  /** The raw resources behind the row, for a "show source" view. */
  readonly resources: readonly unknown[];
  /** What was wrong with the input, in words; the row is shown all the same. */
  readonly problems: readonly string[];
}
