import { defineCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../locale.js';

// Timing.repeat.when: FHIR's EventTiming codes and the v3 TimingEvent codes it includes, as phrases
// that follow a frequency ("2 ganger daglig før frokost").
export const phrases = defineCatalogue({
  WAKE: 'ved oppvåkning',
  MORN: 'om morgenen',
  'MORN.early': 'tidlig om morgenen',
  'MORN.late': 'sent på morgenen',
  NOON: 'midt på dagen',
  AFT: 'om ettermiddagen',
  'AFT.early': 'tidlig på ettermiddagen',
  'AFT.late': 'sent på ettermiddagen',
  EVE: 'om kvelden',
  'EVE.early': 'tidlig på kvelden',
  'EVE.late': 'sent på kvelden',
  NIGHT: 'om natten',
  HS: 'ved sengetid',
  PHS: 'etter innsovning',
  C: 'til måltid',
  CM: 'til frokost',
  CD: 'til lunsj',
  CV: 'til middag',
  AC: 'før måltid',
  ACM: 'før frokost',
  ACD: 'før lunsj',
  ACV: 'før middag',
  PC: 'etter måltid',
  PCM: 'etter frokost',
  PCD: 'etter lunsj',
  PCV: 'etter middag',
  IC: 'mellom måltider',
  ICM: 'mellom frokost og lunsj',
  ICD: 'mellom lunsj og middag',
  ICV: 'mellom middag og sengetid',
});

/** The events an offset can be counted from. */
export const anchors = defineCatalogue({
  meal: 'måltid',
  breakfast: 'frokost',
  lunch: 'lunsj',
  dinner: 'middag',
  bedtime: 'sengetid',
  sleep: 'innsovning',
  waking: 'oppvåkning',
  before: (amount: string, anchor: string) => `${amount} før ${anchor}`,
  after: (amount: string, anchor: string) => `${amount} etter ${anchor}`,
  // A part of the day is no moment to count from: the offset is shown beside it.
  shifted: (phrase: string, amount: string) => `${phrase} (+${amount})`,
});

type EventCode = keyof (typeof phrases)['nb'];
type Anchor = 'meal' | 'breakfast' | 'lunch' | 'dinner' | 'bedtime' | 'sleep' | 'waking';

// FHIR: the offset is after the event unless the code says before (the AC codes, and HS: "before the
// hour of sleep").
const OFFSET_FROM = new Map<string, readonly ['before' | 'after', Anchor]>([
  ['AC', ['before', 'meal']],
  ['ACM', ['before', 'breakfast']],
  ['ACD', ['before', 'lunch']],
  ['ACV', ['before', 'dinner']],
  ['HS', ['before', 'bedtime']],
  ['PC', ['after', 'meal']],
  ['PCM', ['after', 'breakfast']],
  ['PCD', ['after', 'lunch']],
  ['PCV', ['after', 'dinner']],
  ['C', ['after', 'meal']],
  ['CM', ['after', 'breakfast']],
  ['CD', ['after', 'lunch']],
  ['CV', ['after', 'dinner']],
  ['PHS', ['after', 'sleep']],
  ['WAKE', ['after', 'waking']],
]);

/**
 * The `when` codes as phrases, each once and in the order given: "før frokost", or with an offset
 * (already written out, "10 minutter") "10 minutter før frokost". Codes FHIR does not define are left out.
 */
export function formatWhen(codes: readonly string[], offset: string, locale: Locale): string[] {
  const words = anchors[locale];
  return [...new Set(codes)].filter(isEventCode).map((code) => {
    const phrase = phrases[locale][code];
    if (!offset) return phrase;
    const from = OFFSET_FROM.get(code);
    return from ? words[from[0]](offset, words[from[1]]) : words.shifted(phrase, offset);
  });
}

function isEventCode(code: string): code is EventCode {
  return Object.hasOwn(phrases.nb, code);
}
