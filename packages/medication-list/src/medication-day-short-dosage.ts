// A kortdosering or a dosage text read as doses at parts of the day, the two ways Norwegian practice
// writes them: by place ("1+0+1+0", "1-0-1", "½+0+1 tablett": morgen, middag, kveld and natt) and in
// words ("1 tablett morgen og kveld", "2 tabletter om morgenen"). Only a whole text that says nothing
// else is read; anything more ("… i 7 dager", "inntil 3 ganger daglig") is not, so no dose is guessed.
import { SHORT_DOSAGE_PLACES, slotOfWords, type DaySlotId } from './medication-day-slots.js';

export interface SlotAmount {
  readonly slot: DaySlotId;
  /** As written: "1", "½", "1,5"; a range "1–2". */
  readonly amount: string;
  /** The unit as written ("tablett", "tabletter"); empty when the text names none. */
  readonly unit: string;
}

// Longer texts are not kortdoseringer: they are left as written rather than searched.
const MAX_LENGTH = 120;

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?\s*[½¼¾⅓⅔]?|[½¼¾⅓⅔]|\d+/\d+)`;
const PLACES = new RegExp(
  String.raw`^(${NUMBER})((?:\s*[+\-–]\s*${NUMBER}){2,3})(?:\s+([\p{L}]+(?:\s+[\p{L}]+)?))?$`,
  'u',
);
const PLACE = new RegExp(String.raw`[+\-–]\s*(${NUMBER})`, 'gu');
const AMOUNT = new RegExp(String.raw`^(${NUMBER}(?:\s*[-–]\s*${NUMBER})?)\s+(.+)$`, 'u');
const WORD = /^\p{L}+$/u;
// Words that begin a phrase of time, never a unit: "1 tablett til middag" is not a unit "tablett til".
const NOT_UNIT = /^(?:om|ved|til|før|etter|i|på|x|ganger|gang|daglig)$/u;
const SEPARATOR = /\s*(?:,|\+|&|\bog\b)\s*/u;
const DAILY = /\s+(?:daglig|hver dag|kvar dag)$/u;
const ZERO = /^0+(?:[.,]0+)?$/;

/**
 * The doses a kortdosering or dosage text gives at parts of the day, or undefined when it does not
 * say them and nothing else. A place with 0 is no dose.
 */
export function readShortDosage(written: string): SlotAmount[] | undefined {
  const normal = written.trim().replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
  if (normal === '' || normal.length > MAX_LENGTH) return undefined;
  return byPlace(normal) ?? inWords(normal);
}

function byPlace(normal: string): SlotAmount[] | undefined {
  const match = PLACES.exec(normal);
  if (!match) return undefined;
  const [, first = '', rest = '', unit = ''] = match;
  const amounts = [first, ...[...rest.matchAll(PLACE)].map((place) => place[1] ?? '')].map((amount) =>
    amount.replace(/\s+/g, ''),
  );
  const places = SHORT_DOSAGE_PLACES.get(amounts.length);
  if (!places) return undefined;
  const doses = amounts.flatMap((amount, index) => {
    const slot = places[index];
    return slot && !ZERO.test(amount) ? [{ slot, amount, unit }] : [];
  });
  // "0+0+0+0" gives nothing: not something to read as a day without doses.
  return doses.length > 0 ? doses : undefined;
}

function inWords(normal: string): SlotAmount[] | undefined {
  const match = AMOUNT.exec(normal.replace(DAILY, ''));
  if (!match) return undefined;
  const [, rawAmount = '', rest = ''] = match;
  const amount = rawAmount.replace(/\s*[-–]\s*/, '–').replace(/\s+/g, '');
  if (ZERO.test(amount)) return undefined;
  const words = rest.split(' ');
  // The unit is the fewest words (one or two) after which the rest names only parts of the day.
  for (let take = 1; take <= 2 && take < words.length; take++) {
    const unitWords = words.slice(0, take);
    if (!unitWords.every((word) => WORD.test(word) && !NOT_UNIT.test(word))) return undefined;
    const slots = slotsOf(words.slice(take).join(' '));
    if (slots) return slots.map((slot) => ({ slot, amount, unit: unitWords.join(' ') }));
  }
  return undefined;
}

function slotsOf(phrase: string): DaySlotId[] | undefined {
  const parts = phrase.split(SEPARATOR).filter(Boolean);
  if (parts.length === 0) return undefined;
  const slots: DaySlotId[] = [];
  for (const part of parts) {
    const slot = slotOfWords(part);
    if (!slot) return undefined;
    if (!slots.includes(slot)) slots.push(slot);
  }
  return slots;
}
