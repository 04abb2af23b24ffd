// Rows → today's administrations for the day view of <sam-medication-list>, the way a home-care nurse
// works through a day: by part of the day (morgen … natt) from `timing.repeat.when`, `timeOfDay` and
// SFM's kortdosering, "ved behov" apart, and what cannot be placed at a time listed with the dosage as
// written and why. Only medicines in use today (active, or on hold and marked so). Pure and total: any
// input gives a day, never a throw; each row and dosage is read once.
import {
  dateTimeFormat,
  formatCodeableConcept,
  formatDosageLines,
  instantOfWallClock,
  resolveLocale,
  resolveTimeZone,
  untrusted,
  wallClock,
  type FormatOptions,
  type Locale,
} from '@samspill/core/data.js';
import type { CodeableConcept } from 'fhir/r4.js';
import { namedConcept } from './concept-text.js';
import { readable, spanOf } from './medication-dates.js';
import {
  amountOf,
  asNeeded,
  boundsCoverToday,
  doseUnit,
  durationDays,
  givenToday,
  maxDoses,
  notDaily,
  readTiming,
  shortDosageText,
  type Placement,
  type Today,
} from './medication-day-dosage.js';
import { readShortDosage } from './medication-day-short-dosage.js';
import { DAY_SLOTS, type DaySlotId } from './medication-day-slots.js';
import { hasContent } from './medication-dosage.js';
import { ereseptPeriodDosages } from './medication-eresept-dosing.js';
import { dayMessages, daySlotNames, type DayMessages } from './medication-day.messages.js';
import { medicationMessages } from './medication-list.messages.js';
import type { MedicationRow } from './medication-row.js';

export { DAY_SLOTS, type DaySlotId } from './medication-day-slots.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

/** What every entry of the day says about its medicine. */
interface DayEntry {
  /** Unique within the day: the row's key and a count. */
  readonly key: string;
  /** The `MedicationRow.key` it comes from. */
  readonly rowKey: string;
  readonly name: string;
  /** The dosage line as written (`dosage.text`, else kortdosering, else in words from the structured fields). */
  readonly instruction: string;
  readonly route: string;
  /** On hold: shown, marked "Pauset – skal ikke gis". */
  readonly paused: boolean;
}

/** One dose to give at a part of the day. */
export interface DayDose extends DayEntry {
  /** "1 tablett", "50 mg (= 1 tablett)"; empty when the dosage does not say how much. */
  readonly amount: string;
  /** "08:00" when the dosage gives a clock time. */
  readonly time?: string;
}

export interface DaySlot {
  readonly id: DaySlotId;
  /** "Morgen", "Kveld" … in the locale. */
  readonly label: string;
  /** By clock time, those without one first; in the list's order otherwise. */
  readonly doses: readonly DayDose[];
}

/** A medicine given as needed ("ved behov"), with its limits. */
export interface DayAsNeeded extends DayEntry {
  /** "Maks 4 tabletter per døgn", each limit the dosage gives and its line does not already say. */
  readonly maxDose: readonly string[];
  /** Bruksområde or reason: what it is given for. */
  readonly indication: string;
}

/** A dose that cannot be placed at a part of the day, and why in words. */
export interface DayUnplaced extends DayEntry {
  /** "Tidspunkt ikke oppgitt", "Dosering kan ikke leses som tidspunkt: «…»" … */
  readonly reason: string;
}

export interface MedicationDay {
  /** Today in the time zone, "2026-12-06". */
  readonly date: string;
  /** "søndag 6. desember 2026". */
  readonly dateText: string;
  /** Only the parts of the day with doses, in the order of the day. */
  readonly slots: readonly DaySlot[];
  readonly asNeeded: readonly DayAsNeeded[];
  readonly unplaced: readonly DayUnplaced[];
  /** Doses in the slots, paused ones included. */
  readonly doseCount: number;
  /** Nothing at all to give or check today. */
  readonly empty: boolean;
}

export interface MedicationDayOptions {
  readonly locale?: Locale | undefined;
  /** "Now": which day it is. The clock when left out. */
  readonly now?: Date | number | undefined;
  /** Where the day is; `Europe/Oslo` when left out. */
  readonly timeZone?: string | undefined;
}

/** Statuses given today: active, and on hold (shown, marked not to give). */
const GIVEN = new Set(['active', 'on-hold']);

interface Reader {
  readonly m: DayMessages;
  readonly unknownMedication: string;
  readonly format: FormatOptions;
  readonly today: Today;
  readonly slots: Map<DaySlotId, DayDose[]>;
  readonly asNeeded: DayAsNeeded[];
  readonly unplaced: DayUnplaced[];
}

/**
 * Today's administrations of the rows (`medicationRows`) in use. A dosage is placed by its structured
 * timing (`when`, `timeOfDay`, Epic's "0800", events today), else its kortdosering, else a text that
 * says only parts of the day ("1 tablett morgen og kveld"); "ved behov" goes apart; anything else is
 * listed unplaced with the words it has. Courses outside today (bounds, start, weekdays) are left out.
 */
export function medicationDay(rows: readonly MedicationRow[], options: MedicationDayOptions = {}): MedicationDay {
  const locale = resolveLocale(options.locale);
  const timeZone = resolveTimeZone(options.timeZone);
  const nowMs = options.now instanceof Date ? options.now.getTime() : (options.now ?? Date.now());
  const at = Number.isFinite(nowMs) ? nowMs : Date.now();
  const { year, month, day, weekday } = wallClock(at, timeZone);
  const today: Today = {
    startMs: instantOfWallClock(year, month, day, 0, 0, timeZone),
    endMs: instantOfWallClock(year, month, day + 1, 0, 0, timeZone),
    weekday,
    timeZone,
  };
  const reader: Reader = {
    m: dayMessages[locale],
    unknownMedication: medicationMessages[locale].unknownMedication,
    format: { locale, now: new Date(at), timeZone },
    today,
    slots: new Map(),
    asNeeded: [],
    unplaced: [],
  };
  for (const item of list(rows)) {
    const row = element(item) as MedicationRow | undefined;
    if (row && typeof row.key === 'string') readRow(row, reader);
  }
  const names = daySlotNames[locale];
  const slots = DAY_SLOTS.flatMap((id) => {
    const doses = reader.slots.get(id);
    return doses ? [{ id, label: names[id], doses: byTime(doses) }] : [];
  });
  const doseCount = slots.reduce((sum, slot) => sum + slot.doses.length, 0);
  return {
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    dateText: dateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    }).format(new Date(at)),
    slots,
    asNeeded: reader.asNeeded,
    unplaced: reader.unplaced,
    doseCount,
    empty: doseCount === 0 && reader.asNeeded.length === 0 && reader.unplaced.length === 0,
  };
}

/** Untimed first (the part of the day is all they say), then by clock time; stable otherwise. */
function byTime(doses: readonly DayDose[]): DayDose[] {
  return doses
    .map((dose, index) => ({ dose, index }))
    .sort((a, b) => {
      const [x, y] = [a.dose.time ?? '', b.dose.time ?? ''];
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    })
    .map(({ dose }) => dose);
}

// ---------------------------------------------------------------------------------------------
// One row

function readRow(row: MedicationRow, reader: Reader): void {
  if (!row.current || !GIVEN.has(row.status)) return;
  const { today, m } = reader;
  const start = readable(row.start);
  const startMs = start ? spanOf(start, today.timeZone).startMs : undefined;
  if (startMs !== undefined && startMs >= today.endMs) return;
  const end = readable(row.end);
  if (end && spanOf(end, today.timeZone).endMs <= today.startMs) return;

  let count = 0;
  const base = {
    rowKey: row.key,
    name: text(row.name) || reader.unknownMedication,
    route: text(row.route),
    paused: row.status === 'on-hold',
  };
  const entry = (instruction: string, route = base.route) => ({
    ...base,
    route,
    key: `${row.key}#${String(++count)}`,
    instruction: instruction || m.noDosage,
  });
  const unplaced = (instruction: string, reason: string, route?: string): void => {
    reader.unplaced.push({ ...entry(instruction, route), reason });
  };

  const resources = list(row.resources).map(element);
  const own = dosagesOf(resources);
  let steps = stepsOf(own, startMs, today);
  if (!own.some((dosage) => hasContent([dosage]) || shortDosageText(dosage, reader.format))) {
    // A PLL statement with no dosage of its own: its e-prescription's structured dosing, period by period.
    const periods = ereseptPeriodDosages(resources) as unknown as Fields[][];
    // A period's bounds are on its last dose: they decide for every dose of the period.
    steps = periods.map((dosages) => ({
      dosages,
      covers: boundsCoverToday(dosages.at(-1) ?? {}, today, undefined),
    }));
    if (periods.length === 0) {
      // What the row says of its dosage all the same (a kortdosering on the resource), else that it says none.
      const lines = list(row.dosageLines).map(text).filter(Boolean).join('; ');
      if (row.use === 'ved-behov')
        reader.asNeeded.push({ ...entry(lines), maxDose: [], indication: text(row.indication) });
      else unplaced(lines, m.noTiming);
      return;
    }
  }
  for (const step of steps) {
    for (const dosage of step.dosages) {
      readDosage(dosage, step.covers, row, reader, { entry, unplaced });
    }
  }
}

interface RowWriters {
  entry: (instruction: string, route?: string) => DayEntry;
  unplaced: (instruction: string, reason: string, route?: string) => void;
}

function readDosage(
  dosage: Fields,
  covers: boolean | 'unknown',
  row: MedicationRow,
  reader: Reader,
  { entry, unplaced }: RowWriters,
): void {
  const { m, format, today } = reader;
  const short = shortDosageText(dosage, format);
  const written = text(dosage.text);
  const instruction = formatDosageLines([dosage], format)[0] ?? '';
  const route = routeOf(dosage, format) || text(row.route);
  if (row.use === 'ved-behov' || asNeeded(dosage, short || written)) {
    // As needed is for today whatever its timing says, unless its course is over or not begun.
    if (covers === false) return;
    const limits = maxDoses(dosage, format, { perPeriod: m.maxPerPeriod, perDose: m.maxPerDose });
    const said = instruction.toLowerCase();
    reader.asNeeded.push({
      ...entry(instruction, route),
      maxDose: limits.filter((limit) => !said.includes(limit.toLowerCase().replace(/^\S+\s/, ''))),
      indication: text(row.indication),
    });
    return;
  }
  if (covers === false || !givenToday(dosage, today)) return;
  if (covers === 'unknown') {
    unplaced(instruction, m.steps, route);
    return;
  }
  const timing = readTiming(dosage, today);
  if (timing.placements.length > 0 || timing.unknown.length > 0) {
    if (notDaily(dosage)) {
      unplaced(instruction, m.notDaily, route);
      return;
    }
    const amount = amountOf(dosage, format);
    for (const placement of timing.placements) place(placement, amount, instruction, route, reader, entry);
    if (timing.unknown.length > 0) unplaced(instruction, m.unknownWhen(timing.unknown.join(', ')), route);
    return;
  }
  if (short) {
    const read = readShortDosage(short);
    if (read && !notDaily(dosage)) {
      const unit = doseUnit(dosage);
      for (const dose of read)
        place({ slot: dose.slot }, joinAmount(dose.amount, dose.unit || unit), instruction, route, reader, entry);
    } else unplaced(instruction || short, read ? m.notDaily : m.unreadableTiming(short), route);
    return;
  }
  const read = written ? readShortDosage(written) : undefined;
  if (read && !notDaily(dosage)) {
    const unit = doseUnit(dosage);
    for (const dose of read)
      place({ slot: dose.slot }, joinAmount(dose.amount, dose.unit || unit), instruction, route, reader, entry);
    return;
  }
  unplaced(instruction, read ? m.notDaily : m.noTiming, route);
}

function place(
  placement: Placement,
  amount: string,
  instruction: string,
  route: string,
  reader: Reader,
  entry: RowWriters['entry'],
): void {
  const dose: DayDose = {
    ...entry(instruction, route),
    amount,
    ...(placement.time ? { time: placement.time } : {}),
  };
  const doses = reader.slots.get(placement.slot);
  if (doses) doses.push(dose);
  else reader.slots.set(placement.slot, [dose]);
}

function joinAmount(amount: string, unit: string): string {
  return unit ? `${amount} ${unit}` : amount;
}

function routeOf(dosage: Fields, format: FormatOptions): string {
  return namedConcept(dosage.route) ? formatCodeableConcept(dosage.route as CodeableConcept, format) : '';
}

// ---------------------------------------------------------------------------------------------
// Which dosages, and which apply today

/** The head resource's dosages, else those of the prescription it absorbed (as the row reads them). */
function dosagesOf(resources: readonly (Fields | undefined)[]): Fields[] {
  const [head, ...rest] = resources;
  const own = text(head?.resourceType) === 'MedicationStatement' ? head?.dosage : head?.dosageInstruction;
  const chosen =
    list(own).length > 0
      ? own
      : rest.find(
          (fields) => text(fields?.resourceType) === 'MedicationRequest' && list(fields?.dosageInstruction).length > 0,
        )?.dosageInstruction;
  return list(chosen).flatMap((dosage): Fields[] => {
    const fields = element(dosage);
    return fields ? [fields] : [];
  });
}

interface Step {
  readonly dosages: readonly Fields[];
  /** Whether the step applies today; 'unknown' when its place in a changing dosage cannot be told. */
  readonly covers: boolean | 'unknown';
}

/**
 * Dosages grouped by sequence. Those that share one (or have none) run together; later sequences follow
 * earlier ones ("8 tabletter i 5 dager, deretter 6 …"), each after the days of the ones before, counted
 * from the start. A step whose days cannot be counted is 'unknown', so no step is guessed.
 */
function stepsOf(dosages: readonly Fields[], startMs: number | undefined, today: Today): Step[] {
  const groups = new Map<number, Fields[]>();
  for (const dosage of dosages) {
    const sequence = Number.isSafeInteger(dosage.sequence) ? (dosage.sequence as number) : Infinity;
    const group = groups.get(sequence);
    if (group) group.push(dosage);
    else groups.set(sequence, [dosage]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === b ? 0 : a < b ? -1 : 1)).map(([, group]) => group);
  if (ordered.length <= 1) {
    return dosages.map((dosage) => ({ dosages: [dosage], covers: boundsCoverToday(dosage, today, startMs) }));
  }
  let offsetDays: number | undefined = 0;
  return ordered.map((group, index) => {
    const last = index === ordered.length - 1;
    const bounded = group.find((dosage) => element(element(element(dosage.timing)?.repeat)?.boundsPeriod));
    if (bounded) {
      offsetDays = undefined;
      return { dosages: group, covers: boundsCoverToday(bounded, today, undefined) };
    }
    const days = group
      .map((dosage) => durationDays(element(element(dosage.timing)?.repeat)?.boundsDuration))
      .find((value) => value !== undefined);
    if (startMs === undefined || offsetDays === undefined || (days === undefined && !last)) {
      offsetDays = undefined;
      return { dosages: group, covers: 'unknown' as const };
    }
    const from = shiftDays(startMs, offsetDays, today);
    const to = days === undefined ? Infinity : shiftDays(startMs, offsetDays + days, today);
    offsetDays += days ?? 0;
    return { dosages: group, covers: from < today.endMs && to > today.startMs };
  });
}

/** Midnight `days` calendar days after the day of `startMs`; far beyond today, Infinity. */
function shiftDays(startMs: number, days: number, today: Today): number {
  if (days > (today.endMs - startMs) / 86_400_000 + 2) return Infinity;
  const { year, month, day } = wallClock(startMs, today.timeZone);
  return instantOfWallClock(year, month, day + days, 0, 0, today.timeZone);
}
