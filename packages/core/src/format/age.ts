import { defineCatalogue } from '../i18n/catalogue.js';
import { pluralCategory } from '../i18n/plural.js';
import { DEFAULT_TIME_ZONE, type FormatOptions } from './format-options.js';
import { parsePartialDate, resolveFormatOptions, type ResolvedFormatOptions } from './partial-date.js';
import { calendarDay, daysBetween, type CalendarDay } from './zone-clock.js';

type Plural = Intl.LDMLPluralRule;

/** A count with its noun, in the noun's singular or plural form. */
export const counted =
  (one: string, other: string) =>
  (count: string, plural: Plural): string =>
    `${count} ${plural === 'one' ? one : other}`;

export const messages = defineCatalogue({
  years: counted('år', 'år'),
  months: counted('måned', 'måneder'),
  days: counted('dag', 'dager'),
});

interface Age {
  readonly years: number;
  readonly months: number;
  readonly days: number;
}

/**
 * How old someone born on `birthDate` is on the calendar day of `options.now`: whole years from two
 * years ("42 år"), whole months below that ("18 måneder"), days below one month ("12 dager").
 * A birthday missing from a month (29 February, the 31st) falls on the month's last day. A partial
 * birth date gives the ages it allows ("43–44 år" for "1980"). Empty before birth or for anything
 * that is not a FHIR date.
 */
export function formatAge(birthDate: string | undefined, options?: FormatOptions): string {
  const resolved = resolveFormatOptions(options);
  const range = ageRange(birthDate, resolved);
  if (!range) return '';
  const { oldest, youngest } = range;
  const unit = oldest.years >= 2 ? 'years' : oldest.months >= 1 ? 'months' : 'days';
  const [low, high] = [youngest[unit], oldest[unit]];
  const message = messages[resolved.locale][unit];
  if (low === high) return message(String(high), pluralCategory(resolved.locale, high));
  return message(`${low}–${high}`, 'other');
}

/**
 * Completed years on the calendar day of `now` in `timeZone`; for a partial birth date, the years
 * it is certain of ("1980" counts from the end of 1980). Undefined before birth or for anything that
 * is not a FHIR date.
 */
export function ageInYears(
  birthDate: string | undefined,
  now: Date = new Date(),
  timeZone: string = DEFAULT_TIME_ZONE,
): number | undefined {
  return ageRange(birthDate, resolveFormatOptions({ now, timeZone }))?.youngest.years;
}

/** The ages a birth date allows: from its first possible day (oldest) and its last (youngest). */
function ageRange(
  birthDate: string | undefined,
  { now, timeZone }: ResolvedFormatOptions,
): { oldest: Age; youngest: Age } | undefined {
  const born = parsePartialDate(birthDate, timeZone);
  const today = calendarDay(now, timeZone);
  if (!born || !today) return undefined;
  const first = calendarDay(born.start, timeZone);
  const last = calendarDay(new Date(born.end.getTime() - 1), timeZone);
  const oldest = first && ageOn(first, today);
  if (!oldest) return undefined;
  // A partial date may end after today: then the youngest is a newborn.
  const youngest = (last && ageOn(last, today)) ?? { years: 0, months: 0, days: 0 };
  return { oldest, youngest };
}

function ageOn(birth: CalendarDay, today: CalendarDay): Age | undefined {
  const days = daysBetween(birth, today);
  if (days < 0) return undefined;
  const birthdayThisMonth = Math.min(birth.day, daysInMonth(today.year, today.month));
  const months = (today.year - birth.year) * 12 + today.month - birth.month - (today.day < birthdayThisMonth ? 1 : 0);
  return { years: Math.floor(months / 12), months, days };
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
