// What an allergy and a "no known allergy" statement both have: their statuses, when and by whom
// they were recorded, where (core's recordSource: the organisation, never a host name), the notes,
// and what was wrong with them. The row (allergies.row.ts) and the statement add their own.
import { originOf, recordSource, resourceKey, untrusted, type SourceOrigin } from '@samspill/core/data.js';
import {
  checkLists,
  checkObjects,
  clean,
  list,
  problemList,
  readDate,
  referenceText,
  reportCoded,
  resolve,
  type AllergyDate,
  type AllergyReader,
  type Fields,
} from './allergies.reader.js';
import {
  CLINICAL_STATUS_SYSTEM,
  CLINICAL_STATUSES,
  statusCode,
  UNCONFIRMED_STATUSES,
  VERIFICATION_STATUS_SYSTEM,
  VERIFICATION_STATUSES,
  type ClinicalStatus,
  type VerificationStatus,
} from './allergies.status.js';

const { element, text } = untrusted;

/** Where a record was found besides its own fields: the `meta.source` systems named, its document. */
export interface RecordContext {
  readonly systems: ReadonlyMap<string, string>;
  /** The Composition of the document Bundle it came in (the PLL from SFM). */
  readonly composition?: Fields;
}

export interface AllergyRecord {
  /** `AllergyIntolerance/id` (with the organisation it came from when merged), else a position; unique within one call. */
  readonly key: string;
  readonly verification?: VerificationStatus;
  readonly verificationText: string;
  /** Unconfirmed, presumed, provisional or differential: marked "Ikke bekreftet" wherever it is shown. */
  readonly unconfirmed: boolean;
  readonly clinicalStatus?: ClinicalStatus;
  readonly clinicalStatusText: string;
  /** Active, or without a clinical status: shown with the current ones. */
  readonly current: boolean;
  readonly recorded?: AllergyDate;
  /** Who recorded it (`recorder`), by name. */
  readonly recorder: string;
  /** Who said so (`asserter`): the patient, a relative, a clinician. */
  readonly asserter: string;
  /** Where it was recorded, as core's `recordSource` names it; "Ukjent kilde" when nothing says. */
  readonly source: string;
  readonly origin?: SourceOrigin;
  readonly notes: readonly string[];
  /** The AllergyIntolerance, for "Vis kilde". */
  readonly resources: readonly unknown[];
  readonly problems: readonly string[];
}

// The statuses are read apart: a bare code there is STU3's shape, and readable.
const STRUCTURES = ['code', 'patient', 'encounter', 'recorder', 'asserter', 'text'];
const LISTS = ['reaction', 'note', 'contained', 'identifier'];

/** The parts every record has; `add` collects its problems (the row and statement add theirs to the same list). */
export function allergyRecord(
  reader: AllergyReader,
  fields: Fields,
  key: string,
  context: RecordContext,
): { readonly record: AllergyRecord; readonly problems: ReturnType<typeof problemList> } {
  const { m } = reader;
  const problems = problemList();
  checkObjects(fields, STRUCTURES, reader, problems.add);
  checkLists(fields, LISTS, reader, problems.add);

  const verification = statusCode(fields.verificationStatus, VERIFICATION_STATUSES, VERIFICATION_STATUS_SYSTEM);
  reportCoded(reader, 'verificationStatus', verification, problems.add);
  const clinical = statusCode(fields.clinicalStatus, CLINICAL_STATUSES, CLINICAL_STATUS_SYSTEM);
  reportCoded(reader, 'clinicalStatus', clinical, problems.add);
  // FHIR requires a clinical status on every record not entered in error: without one, the safe reading is active.
  if (!clinical.code && clinical.unknown === undefined && verification.code !== 'entered-in-error')
    problems.add(m.missingClinicalStatus);

  const recorded = readDate(reader, fields.recordedDate, 'recordedDate', problems.add);
  const origin = originOf(fields as never);
  const source = recordSource(fields, {
    locale: reader.locale,
    resolve: (reference, container) => resolve(reader, reference, container),
    systems: context.systems,
    ...(context.composition ? { composition: context.composition } : {}),
  });
  const record: AllergyRecord = {
    key,
    ...(verification.code ? { verification: verification.code } : {}),
    verificationText: verification.code ? m[verification.code] : '',
    unconfirmed: verification.code !== undefined && UNCONFIRMED_STATUSES.includes(verification.code),
    ...(clinical.code ? { clinicalStatus: clinical.code } : {}),
    clinicalStatusText: clinical.code ? m[clinical.code] : '',
    current: clinical.code === undefined || clinical.code === 'active',
    ...(recorded ? { recorded } : {}),
    recorder: referenceText(reader, fields.recorder, fields),
    asserter: referenceText(reader, fields.asserter, fields),
    source: source?.label ?? m.unknownSource,
    ...(origin ? { origin } : {}),
    notes: list(fields.note).flatMap((note) => clean(element(note)?.text) || []),
    resources: [fields],
    problems: problems.list,
  };
  return { record, problems };
}

/**
 * A record's `Type/id`, with its organisation's label when it came through a merged source: two
 * organisations' `AllergyIntolerance/1` are two allergies, and neither may hide the other.
 */
export function recordKey(fields: Fields): string | undefined {
  const key = resourceKey(fields);
  const label = text(originOf(fields as never)?.label);
  return key === undefined ? undefined : `${key}${label ? ` @ ${label}` : ''}`;
}
