// One Dosage read for the day view: whether it applies today (its bounds, its days of the week, its
// events), at which parts of the day and clock times it is given, how much, and the limits of an
// "as needed" dose. Pure and total: a field of the wrong shape reads as absent.
import type { Ratio } from 'fhir/r4.js';
import {
  formatCodeableConcept,
  formatQuantity,
  formatRange,
  formatRatio,
  instantOfWallClock,
  parsePartialDate,
  untrusted,
  wallClock,
  type FormatOptions,
} from '@samspill/core/data.js';
import { namedConcept } from './concept-text.js';
import { clockTime, slotOfTime, slotsOfWhen, type DaySlotId } from './medication-day-slots.js';
import { SFM } from './medication-sfm.js';

const { element, extensions, list, text, texts } = untrusted;
type Fields = untrusted.Fields;

/** The day being shown, in the time zone it is shown in. */
export interface Today {
  readonly startMs: number;
  readonly endMs: number;
  /** 0 is Monday. */
  readonly weekday: number;
  readonly timeZone: string;
}

export interface Placement {
  readonly slot: DaySlotId;
  /** "08:00" when the dosage gives a clock time. */
  readonly time?: string;
}

export interface TimingReading {
  readonly placements: readonly Placement[];
  /** What was written as a time but cannot be read as one: unknown `when` codes, a `timeOfDay` "8 am". */
  readonly unknown: readonly string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

// Timing.code's abbreviations that name a part of the day (the rest say how often, not when).
const CODE_WHEN = new Map<string, string>([
  ['AM', 'MORN'],
  ['PM', 'AFT'],
  ['BED', 'HS'],
]);

/** Whether the bounds of a dosage's timing reach into today; unreadable bounds do not exclude it. */
export function boundsCoverToday(dosage: Fields, today: Today, startMs: number | undefined): boolean {
  const repeat = element(element(dosage.timing)?.repeat);
  const period = element(repeat?.boundsPeriod);
  if (period) {
    const start = parsePartialDate(text(period.start) || undefined, today.timeZone);
    const end = parsePartialDate(text(period.end) || undefined, today.timeZone);
    if (start && start.start.getTime() >= today.endMs) return false;
    if (end && end.end.getTime() <= today.startMs) return false;
  }
  const days = durationDays(repeat?.boundsDuration);
  if (days !== undefined && startMs !== undefined && Number.isFinite(startMs)) {
    // Counted in calendar days from the day it started: "i 7 dager" from Monday is through Sunday.
    const from = startOfDay(startMs, today);
    // Far beyond today (or a duration of a million years) needs no calendar: the clock ends in year 275 760.
    if (days > (today.startMs - from) / DAY_MS + 2) return true;
    const { year, month, day } = wallClock(from, today.timeZone);
    if (today.startMs >= instantOfWallClock(year, month, day + days, 0, 0, today.timeZone)) return false;
  }
  return true;
}

/** The whole days a duration lasts (a part of a day counts as one), or undefined when it cannot be read. */
export function durationDays(duration: unknown): number | undefined {
  const fields = element(duration);
  const value = fields?.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return undefined;
  const unit = text(fields?.code) || text(fields?.unit);
  const perDay: Record<string, number> = { s: 1 / 86400, min: 1 / 1440, h: 1 / 24, d: 1, wk: 7, mo: 30, a: 365 };
  const factor = perDay[unit];
  return factor === undefined ? undefined : Math.ceil(value * factor);
}

/** Midnight (in today's time zone) of the day an instant falls on. */
function startOfDay(ms: number, today: Today): number {
  const { year, month, day } = wallClock(ms, today.timeZone);
  return instantOfWallClock(year, month, day, 0, 0, today.timeZone);
}

/** Whether the dosage is given on today's weekday, when it names weekdays; events decide when it has only them. */
export function givenToday(dosage: Fields, today: Today): boolean {
  const timing = element(dosage.timing);
  const repeat = element(timing?.repeat);
  const days = texts(repeat?.dayOfWeek).filter((day) => (WEEKDAYS as readonly string[]).includes(day));
  if (days.length > 0 && !days.includes(WEEKDAYS[today.weekday] ?? '')) return false;
  const events = list(timing?.event);
  if (events.length > 0 && !repeat) return eventsToday(events, today).length > 0;
  return true;
}

function eventsToday(events: readonly unknown[], today: Today): string[] {
  return events.flatMap((event) => {
    const parsed = parsePartialDate(text(event) || undefined, today.timeZone);
    if (parsed?.precision !== 'time') return [];
    const at = parsed.start.getTime();
    if (at < today.startMs || at >= today.endMs) return [];
    const { hour, minute } = wallClock(at, today.timeZone);
    return [`${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`];
  });
}

/**
 * Not every day: every other day, weekly, monthly (with no weekday named that is today). Such a dose
 * is for the nurse to check against the record, not to be placed in today's round.
 */
export function notDaily(dosage: Fields): boolean {
  const repeat = element(element(dosage.timing)?.repeat);
  if (!repeat || texts(repeat.dayOfWeek).length > 0) return false;
  const unit = text(repeat.periodUnit);
  const period = typeof repeat.period === 'number' ? repeat.period : 1;
  if (unit === 'wk' || unit === 'mo' || unit === 'a') return true;
  return unit === 'd' && period > 1;
}

/** The parts of the day and clock times the structured timing gives, and what it writes that cannot be read. */
export function readTiming(dosage: Fields, today: Today): TimingReading {
  const timing = element(dosage.timing);
  const repeat = element(timing?.repeat);
  const placements: Placement[] = [];
  const unknown: string[] = [];
  const daily = text(repeat?.periodUnit) === 'd' && (repeat?.period === undefined || repeat.period === 1);
  const mealsPerDay = daily && typeof repeat?.frequency === 'number' ? repeat.frequency : undefined;
  const codes = [...texts(repeat?.when), ...codeWhen(timing?.code)];
  const when = slotsOfWhen(codes, mealsPerDay);
  placements.push(...when.slots.map((slot) => ({ slot })));
  unknown.push(...when.unknown);
  for (const written of list(repeat?.timeOfDay)) {
    const time = typeof written === 'string' ? clockTime(written) : undefined;
    if (time) placements.push({ slot: slotOfTime(time), time });
    else unknown.push(shownValue(written));
  }
  for (const time of codeTimes(timing?.code)) placements.push({ slot: slotOfTime(time), time });
  for (const time of eventsToday(list(timing?.event), today)) placements.push({ slot: slotOfTime(time), time });
  return { placements: unique(placements), unknown: [...new Set(unknown)] };
}

/** A value written where a time belongs, as it was written: a string as is, anything else as JSON. */
function shownValue(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- JSON.stringify gives undefined for undefined and functions, whatever its type says
    return (JSON.stringify(value) as string | undefined) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Each place once; a part of the day with a clock time needs no untimed dose beside it. */
function unique(placements: readonly Placement[]): Placement[] {
  const seen = new Set<string>();
  const timed = new Set(placements.filter((placement) => placement.time).map((placement) => placement.slot));
  return placements.filter((placement) => {
    if (!placement.time && timed.has(placement.slot)) return false;
    const key = `${placement.slot}|${placement.time ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function codeWhen(code: unknown): string[] {
  return list(element(code)?.coding).flatMap((coding) => {
    const known = CODE_WHEN.get(text(element(coding)?.code).toUpperCase());
    return known ? [known] : [];
  });
}

/** Epic's administration times in Timing.code ("0800", "0800 2100"): every word a clock time, or none. */
function codeTimes(code: unknown): string[] {
  const fields = element(code);
  const candidates = [text(fields?.text), ...Array.from(list(fields?.coding), (c) => text(element(c)?.display))];
  for (const candidate of candidates) {
    const words = candidate.split(/[\s,;/]+|\bog\b|\band\b/).filter(Boolean);
    if (words.length === 0 || words.length > 24) continue;
    const times = words.map(clockTime);
    if (times.every((time): time is string => time !== undefined)) return times;
  }
  return [];
}

/** Whether the dosage is taken as needed: FHIR's asNeeded, or "ved behov" in its kortdosering or text. */
export function asNeeded(dosage: Fields, written: string): boolean {
  if (dosage.asNeededBoolean === true || element(dosage.asNeededCodeableConcept) !== undefined) return true;
  return /\b(?:ved|etter) behov\b|\bas needed\b|\bprn\b/iu.test(written);
}

/** SFM's kortdosering of one dosage, as written; empty when none. */
export function shortDosageText(dosage: Fields, options: FormatOptions): string {
  for (const extension of extensions(dosage, `${SFM}sfm-shortdosage`)) {
    const concept = extension.valueCodeableConcept;
    const shown = namedConcept(concept)
      ? formatCodeableConcept(concept as never, options)
      : text(extension.valueString);
    if (shown) return shown;
  }
  return '';
}

// Epic's doseAndRate types (and FHIR's own): the ordered dose is the dose, the amount given beside it.
const DOSE_TYPES = ['ordered', 'admin-amount', 'calculated'] as const;
type DoseType = (typeof DOSE_TYPES)[number];

/** How much is given at a time: "1 tablett", "50 mg (= 1 tablett)", "1–2 tabletter"; empty when not said. */
export function amountOf(dosage: Fields, options: FormatOptions): string {
  const typed = new Map<DoseType, string>();
  const untyped: string[] = [];
  for (const entry of list(dosage.doseAndRate)) {
    const fields = element(entry);
    if (!fields) continue;
    const shown =
      formatQuantity(element(fields.doseQuantity), options) || formatRange(element(fields.doseRange), options);
    if (!shown) continue;
    const type = doseType(fields.type);
    if (type === undefined) untyped.push(shown);
    else if (!typed.has(type)) typed.set(type, shown);
  }
  const main = typed.get('ordered') ?? [...new Set(untyped)].join(' / ');
  const given = typed.get('admin-amount');
  const first = main || given || typed.get('calculated') || '';
  return given && main && given !== main ? `${first} (= ${given})` : first;
}

/** The unit the structured dose is written in ("tablett"), for a kortdosering that names none. */
export function doseUnit(dosage: Fields): string {
  for (const entry of list(dosage.doseAndRate)) {
    const quantity = element(element(entry)?.doseQuantity);
    const unit = text(quantity?.unit);
    if (unit && /^\p{L}[\p{L} ]*$/u.test(unit)) return unit;
  }
  return '';
}

function doseType(type: unknown): DoseType | undefined {
  const fields = element(type);
  const words = [...list(fields?.coding).map((coding) => text(element(coding)?.code)), text(fields?.text)];
  for (const word of words) {
    const normal = word.toLowerCase().replace(/[\s_]+/g, '-');
    const found = DOSE_TYPES.find((known) => known === normal);
    if (found) return found;
  }
  return undefined;
}

/** The limits of an "as needed" dose, each in words: per period (R4 one Ratio, R5 a list) and per dose. */
export function maxDoses(
  dosage: Fields,
  options: FormatOptions,
  words: { perPeriod: (amount: string) => string; perDose: (amount: string) => string },
): string[] {
  const perPeriod = (Array.isArray(dosage.maxDosePerPeriod) ? dosage.maxDosePerPeriod : [dosage.maxDosePerPeriod])
    .map((ratio) => formatRatio(element(ratio) as Ratio | undefined, options))
    .filter(Boolean)
    .map(words.perPeriod);
  const perDose = formatQuantity(element(dosage.maxDosePerAdministration), options);
  return [...new Set([...perPeriod, ...(perDose ? [words.perDose(perDose)] : [])])];
}
