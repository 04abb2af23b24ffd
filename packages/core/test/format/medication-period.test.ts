// One answer to "when" for every medication resource: PLL statements date themselves through SFM's
// extensions, Epic's drafts through their bounds; an unreadable date is named, never thrown.
import { describe, expect, it } from 'vitest';
import { medicationPeriodOf } from '../../src/data.js';

const SFM = 'http://ehelse.no/fhir/StructureDefinition/';

const reseptamendment = (reseptdate: unknown) => ({
  url: `${SFM}sfm-reseptamendment`,
  extension: [
    { url: 'reseptdate', valueDate: reseptdate },
    { url: 'expirationdate', valueDate: '2027-03-01' },
  ],
});
const discontinuation = (timedate: unknown) => ({
  url: `${SFM}sfm-discontinuation`,
  extension: [
    { url: 'timedate', valueDateTime: timedate },
    { url: 'reason', valueCodeableConcept: { text: 'Bivirkning' } },
  ],
});

describe('medicationPeriodOf: MedicationStatement', () => {
  it('reads effectivePeriod first', () => {
    expect(
      medicationPeriodOf({
        resourceType: 'MedicationStatement',
        effectivePeriod: { start: '2024-01-02', end: '2024-06' },
        effectiveDateTime: '2020',
      }),
    ).toEqual({
      start: { value: '2024-01-02', field: 'effectivePeriod.start' },
      end: { value: '2024-06', field: 'effectivePeriod.end' },
      unreadable: [],
    });
  });

  it('reads SFM’s effectiveDateTime extension, then the prescription date', () => {
    expect(
      medicationPeriodOf({
        resourceType: 'MedicationStatement',
        extension: [{ url: 'effectiveDateTime', valueDate: '2025-02-03' }, reseptamendment('2025-01-20')],
      }).start,
    ).toEqual({ value: '2025-02-03', field: 'extension:effectiveDateTime' });
    expect(
      medicationPeriodOf({ resourceType: 'MedicationStatement', extension: [reseptamendment('2025-01-20')] }).start,
    ).toEqual({ value: '2025-01-20', field: 'sfm-reseptamendment.reseptdate' });
  });

  it('ends a discontinued statement at its discontinuation', () => {
    expect(
      medicationPeriodOf({
        resourceType: 'MedicationStatement',
        extension: [discontinuation('2025-09-14T10:30:00+02:00')],
      }).end,
    ).toEqual({ value: '2025-09-14T10:30:00+02:00', field: 'sfm-discontinuation.timedate' });
  });

  it('names an unreadable date, keeps its raw value and tries the next', () => {
    const period = medicationPeriodOf({
      resourceType: 'MedicationStatement',
      effectivePeriod: { start: 'i fjor' },
      extension: [{ url: 'effectiveDateTime', valueDate: 20250203 }, reseptamendment('2025-01-20')],
    });
    expect(period.start).toEqual({ value: '2025-01-20', field: 'sfm-reseptamendment.reseptdate' });
    const ended = medicationPeriodOf({ resourceType: 'MedicationStatement', effectivePeriod: { end: '31.12.2025' } });
    expect(ended.unreadable).toEqual([{ value: '31.12.2025', field: 'effectivePeriod.end', role: 'end' }]);
    expect(period.unreadable).toEqual([
      { value: 'i fjor', field: 'effectivePeriod.start', role: 'start' },
      { value: 20250203, field: 'extension:effectiveDateTime', role: 'start' },
    ]);
  });

  it('ignores extensions of the wrong shape', () => {
    for (const extension of [
      'effectiveDateTime',
      [{ url: 'effectiveDateTime', valueDate: '2025-02-03' }],
      { url: `${SFM}sfm-reseptamendment`, extension: 'reseptdate' },
      { url: `${SFM}sfm-discontinuation`, extension: [{ url: 'timedate', valueDateTime: ['2025-01-01'] }] },
      null,
    ]) {
      const period = medicationPeriodOf({ resourceType: 'MedicationStatement', extension: [extension] });
      expect(period.start).toBeUndefined();
      expect(period.end).toBeUndefined();
    }
  });
});

describe('medicationPeriodOf: the other medication resources', () => {
  it('dates an Epic draft order by its bounds, and keeps authoredOn as when it was written', () => {
    const draft = {
      resourceType: 'MedicationRequest',
      status: 'draft',
      dosageInstruction: [{ timing: { repeat: { boundsPeriod: { start: '2025-03-04T08:00:00Z' } } } }],
    };
    expect(medicationPeriodOf(draft)).toEqual({
      start: { value: '2025-03-04T08:00:00Z', field: 'boundsPeriod.start' },
      unreadable: [],
    });
    expect(medicationPeriodOf({ ...draft, authoredOn: '2025-03-01' }).recorded).toEqual({
      value: '2025-03-01',
      field: 'authoredOn',
    });
    expect(medicationPeriodOf({ resourceType: 'MedicationRequest', authoredOn: '2025-03-01' })).toEqual({
      start: { value: '2025-03-01', field: 'authoredOn' },
      recorded: { value: '2025-03-01', field: 'authoredOn' },
      unreadable: [],
    });
  });

  it('dates a dispense when handed over, else when prepared', () => {
    expect(
      medicationPeriodOf({ resourceType: 'MedicationDispense', whenPrepared: '2025-01-01', whenHandedOver: 'x' }),
    ).toEqual({
      start: { value: '2025-01-01', field: 'whenPrepared' },
      unreadable: [{ value: 'x', field: 'whenHandedOver', role: 'start' }],
    });
  });

  it('dates an administration by its effective time or period', () => {
    expect(
      medicationPeriodOf({ resourceType: 'MedicationAdministration', effectiveDateTime: '2025-05-05' }).start,
    ).toEqual({ value: '2025-05-05', field: 'effectiveDateTime' });
    expect(
      medicationPeriodOf({
        resourceType: 'MedicationAdministration',
        effectivePeriod: { start: '2025-05-05T10:00:00Z', end: '2025-05-05T11:00:00Z' },
      }).end,
    ).toEqual({ value: '2025-05-05T11:00:00Z', field: 'effectivePeriod.end' });
  });

  it('is total over any JSON', () => {
    for (const input of [undefined, null, 'MedicationStatement', 42, [], {}, { resourceType: 'Patient' }]) {
      expect(medicationPeriodOf(input)).toEqual({ unreadable: [] });
    }
  });
});
