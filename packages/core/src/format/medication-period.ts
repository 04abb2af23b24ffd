// When a medication resource starts and ends, read once for every view: the medication list dates its
// rows and the timeline places its events with the same answer. PLL statements (SFM) and Epic's draft
// orders carry their dates outside the fields FHIR names for them, so a view that read only those
// would call them undated.
import { parsePartialDate } from './partial-date.js';
import { type Fields, element, extensions, list, text } from './untrusted.js';

/** One end of a medication's period: the value as written and the field it was read from. */
export interface MedicationPeriodDate {
  /** A FHIR date, dateTime or instant as written ("2019" stays a year). */
  readonly value: string;
  /** Where it was found, in words a problem message can name ("effectivePeriod.start"). */
  readonly field: string;
}

export interface MedicationPeriod {
  readonly start?: MedicationPeriodDate;
  readonly end?: MedicationPeriodDate;
  /** When a prescription was written (MedicationRequest.authoredOn), which may differ from its start. */
  readonly recorded?: MedicationPeriodDate;
  /** Dates that were there but could not be read, in the order they were tried; the raw value kept. */
  readonly unreadable: readonly UnreadableMedicationDate[];
}

/** A date that was there but could not be read, which end of the period it was for, as written. */
export interface UnreadableMedicationDate {
  readonly value: unknown;
  readonly field: string;
  readonly role: 'start' | 'end' | 'recorded';
}

const SFM = 'http://ehelse.no/fhir/StructureDefinition/';

interface Candidate {
  readonly value: unknown;
  readonly field: string;
}

/**
 * The period of a MedicationStatement, MedicationRequest, MedicationDispense or MedicationAdministration,
 * each end the first readable of its candidates:
 *
 * - MedicationStatement: start from `effectivePeriod.start`, `effectiveDateTime`, SFM's `effectiveDateTime`
 *   extension, then the prescription date (`sfm-reseptamendment` `reseptdate`) as a last resort; end from
 *   `effectivePeriod.end`, then the discontinuation (`sfm-discontinuation` `timedate`).
 * - MedicationRequest: start from `dosageInstruction[].timing.repeat.boundsPeriod.start` (Epic's drafts
 *   have no `authoredOn`), then `authoredOn`; end from `boundsPeriod.end`; `recorded` is `authoredOn`.
 * - MedicationDispense: start from `whenHandedOver`, then `whenPrepared`.
 * - MedicationAdministration: `effectiveDateTime`, or `effectivePeriod`.
 *
 * Total over any JSON: a candidate that is missing is skipped, one that is there but unreadable is
 * listed in `unreadable` (only those tried before the one used) and the next is tried.
 */
export function medicationPeriodOf(resource: unknown): MedicationPeriod {
  const fields = element(resource);
  const unreadable: UnreadableMedicationDate[] = [];
  const first = (
    candidates: readonly Candidate[],
    role: UnreadableMedicationDate['role'] = 'start',
  ): MedicationPeriodDate | undefined => {
    for (const candidate of candidates) {
      if (candidate.value === undefined || candidate.value === null) continue;
      const value = typeof candidate.value === 'string' ? candidate.value.trim() : '';
      if (value && parsePartialDate(value)) return { value, field: candidate.field };
      unreadable.push({ ...candidate, role });
    }
    return undefined;
  };
  const period = (start?: MedicationPeriodDate, end?: MedicationPeriodDate, recorded?: MedicationPeriodDate) => ({
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...(recorded ? { recorded } : {}),
    unreadable,
  });
  if (!fields) return period();

  switch (fields.resourceType) {
    case 'MedicationStatement': {
      const effective = element(fields.effectivePeriod);
      const startExtension = list(fields.extension)
        .map(element)
        .find((extension) => /(?:^|\/)effectiveDateTime$/.test(text(extension?.url)));
      const prescription = extensions(fields, `${SFM}sfm-reseptamendment`)[0];
      const discontinuation = extensions(fields, `${SFM}sfm-discontinuation`)[0];
      const start = first([
        { value: effective?.start, field: 'effectivePeriod.start' },
        { value: fields.effectiveDateTime, field: 'effectiveDateTime' },
        { value: dateValue(startExtension), field: 'extension:effectiveDateTime' },
        { value: dateValue(subExtension(prescription, 'reseptdate')), field: 'sfm-reseptamendment.reseptdate' },
      ]);
      const end = first(
        [
          { value: effective?.end, field: 'effectivePeriod.end' },
          { value: dateValue(subExtension(discontinuation, 'timedate')), field: 'sfm-discontinuation.timedate' },
        ],
        'end',
      );
      return period(start, end);
    }
    case 'MedicationRequest': {
      const bounds = list(fields.dosageInstruction)
        .map((dosage) => element(element(element(element(dosage)?.timing)?.repeat)?.boundsPeriod))
        .find((found) => found !== undefined);
      const start = first([
        { value: bounds?.start, field: 'boundsPeriod.start' },
        { value: fields.authoredOn, field: 'authoredOn' },
      ]);
      const end = first([{ value: bounds?.end, field: 'boundsPeriod.end' }], 'end');
      // Without a start, authoredOn was tried already and failed.
      const recorded =
        start?.field === 'authoredOn' || !start
          ? start
          : first([{ value: fields.authoredOn, field: 'authoredOn' }], 'recorded');
      return period(start, end, recorded);
    }
    case 'MedicationDispense':
      return period(
        first([
          { value: fields.whenHandedOver, field: 'whenHandedOver' },
          { value: fields.whenPrepared, field: 'whenPrepared' },
        ]),
      );
    case 'MedicationAdministration': {
      const effective = element(fields.effectivePeriod);
      const start = first([
        { value: fields.effectiveDateTime, field: 'effectiveDateTime' },
        { value: effective?.start, field: 'effectivePeriod.start' },
      ]);
      const end =
        start?.field === 'effectiveDateTime'
          ? undefined
          : first([{ value: effective?.end, field: 'effectivePeriod.end' }], 'end');
      return period(start, end);
    }
    default:
      return period();
  }
}

function subExtension(extension: Fields | undefined, name: string): Fields | undefined {
  return extensions(extension, name)[0];
}

function dateValue(extension: Fields | undefined): unknown {
  return extension?.valueDate ?? extension?.valueDateTime ?? extension?.valueInstant;
}
