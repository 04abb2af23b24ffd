// The parts of a day a home-care nurse gives medicines in, and how FHIR's times of day fall into them:
// Timing.repeat.when (EventTiming and v3 TimingEvent codes), a clock time ("08:00"), and the four places
// of a Norwegian kortdosering ("1+0+1+0": morgen, middag, kveld, natt).

/** In the order of the day. */
export const DAY_SLOTS = ['morgen', 'formiddag', 'middag', 'ettermiddag', 'kveld', 'natt'] as const;
export type DaySlotId = (typeof DAY_SLOTS)[number];

/**
 * EventTiming codes with a part of the day. Meals follow the Norwegian day: breakfast (CM) in the
 * morning, lunch (CD) at midday, dinner (CV) in the evening; "between meals" between them. Bedtime
 * (HS) and after falling asleep (PHS) are the night round, the fourth place of a kortdosering.
 */
const WHEN_SLOTS = new Map<string, DaySlotId>([
  ['WAKE', 'morgen'],
  ['MORN', 'morgen'],
  ['MORN.early', 'morgen'],
  ['MORN.late', 'formiddag'],
  ['CM', 'morgen'],
  ['ACM', 'morgen'],
  ['PCM', 'morgen'],
  ['ICM', 'formiddag'],
  ['NOON', 'middag'],
  ['CD', 'middag'],
  ['ACD', 'middag'],
  ['PCD', 'middag'],
  ['ICD', 'ettermiddag'],
  ['AFT', 'ettermiddag'],
  ['AFT.early', 'ettermiddag'],
  ['AFT.late', 'ettermiddag'],
  ['EVE', 'kveld'],
  ['EVE.early', 'kveld'],
  ['EVE.late', 'kveld'],
  ['CV', 'kveld'],
  ['ACV', 'kveld'],
  ['PCV', 'kveld'],
  ['ICV', 'kveld'],
  ['NIGHT', 'natt'],
  ['HS', 'natt'],
  ['PHS', 'natt'],
]);

/**
 * Codes that name a meal but not which one: with three a day they are breakfast, lunch and dinner;
 * otherwise they cannot be placed.
 */
const ANY_MEAL = new Map<string, readonly DaySlotId[]>([
  ['C', ['morgen', 'middag', 'kveld']],
  ['AC', ['morgen', 'middag', 'kveld']],
  ['PC', ['morgen', 'middag', 'kveld']],
  ['IC', ['formiddag', 'ettermiddag', 'kveld']],
]);

export interface WhenReading {
  readonly slots: readonly DaySlotId[];
  /** Codes that are no EventTiming code at all. */
  readonly unknown: readonly string[];
  /** Codes that are known but name no one part of the day ("with a meal", once a day). */
  readonly unplaced: readonly string[];
}

/** The parts of the day of `when` codes; `mealsPerDay` tells which meals an unnamed meal is. */
export function slotsOfWhen(codes: readonly string[], mealsPerDay: number | undefined): WhenReading {
  const slots: DaySlotId[] = [];
  const unknown: string[] = [];
  const unplaced: string[] = [];
  for (const code of codes) {
    const slot = WHEN_SLOTS.get(code);
    if (slot) {
      slots.push(slot);
      continue;
    }
    const meals = ANY_MEAL.get(code);
    if (meals && mealsPerDay === meals.length) slots.push(...meals);
    else if (meals) unplaced.push(code);
    else unknown.push(code);
  }
  return { slots, unknown, unplaced };
}

// A clock time, with or without seconds, or as Epic's four digits ("0800").
const CLOCK = /^([01]\d|2[0-3]):?([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;

/** "08:00" for "08:00:00", "8:00" or "0800"; undefined for anything that is not a time of day. */
export function clockTime(value: string): string | undefined {
  const match = CLOCK.exec(value.trim().replace(/^(\d):/, '0$1:'));
  return match ? `${match[1] ?? ''}:${match[2] ?? ''}` : undefined;
}

/**
 * The part of the day a clock time ("HH:MM") falls in: natt 22–06, morgen 06–10, formiddag 10–12,
 * middag 12–14, ettermiddag 14–18, kveld 18–22.
 */
export function slotOfTime(time: string): DaySlotId {
  const hour = Number(time.slice(0, 2));
  if (hour < 6) return 'natt';
  if (hour < 10) return 'morgen';
  if (hour < 12) return 'formiddag';
  if (hour < 14) return 'middag';
  if (hour < 18) return 'ettermiddag';
  if (hour < 22) return 'kveld';
  return 'natt';
}

/** The places of a kortdosering by how many there are: "1+1+1" is morgen, middag, kveld. */
export const SHORT_DOSAGE_PLACES: ReadonlyMap<number, readonly DaySlotId[]> = new Map([
  [3, ['morgen', 'middag', 'kveld']],
  [4, ['morgen', 'middag', 'kveld', 'natt']],
]);

/** Words for the parts of the day as Norwegian dosage texts write them, longest first. */
export const SLOT_WORDS: readonly (readonly [RegExp, DaySlotId])[] = [
  [/^(?:om\s+)?ettermiddag(?:en)?$/, 'ettermiddag'],
  [/^(?:om\s+)?formiddag(?:en)?$/, 'formiddag'],
  [/^(?:om\s+)?morgen(?:en)?$/, 'morgen'],
  // "Til middag" is with dinner, a meal, not midday: left unplaced.
  [/^middag$/, 'middag'],
  [/^(?:midt\s+på\s+dagen)$/, 'middag'],
  [/^(?:om\s+)?kveld(?:en)?$/, 'kveld'],
  [/^(?:om\s+)?natt(?:en)?$/, 'natt'],
  [/^(?:ved\s+)?sengetid$/, 'natt'],
];

export function slotOfWords(words: string): DaySlotId | undefined {
  return SLOT_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}
