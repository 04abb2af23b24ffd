// The orders, filters and groups rows are shown in. Pure like the model: sorting keeps the default
// order as its secondary key (MEDv guidance), and grouping puts every row in exactly one group.
import { capMarks, collator as localeCollator, resolveLocale, type Locale } from '@samspill/core/data.js';
import { spanOf } from './medication-dates.js';
import { medicationMessages } from './medication-list.messages.js';
import {
  MEDICATION_STATUSES,
  type MedicationRow,
  type MedicationStatus,
  type MedicationUse,
} from './medication-row.js';

const USE_ORDER: readonly (MedicationUse | undefined)[] = ['fast', 'kur', 'ved-behov', undefined];

function useRank(row: MedicationRow): number {
  return USE_ORDER.indexOf(row.use);
}

/**
 * Names compared by the locale's collator, each with its runs of combining marks capped first: a
 * collator's work on one such run grows with the square of its length (capMarks). Capped once per name.
 */
function nameComparer(locale: Locale): (a: string, b: string) => number {
  const names = localeCollator(locale, { sensitivity: 'base', numeric: true });
  const keys = new Map<string, string>();
  const key = (name: string) => {
    let capped = keys.get(name);
    if (capped === undefined) keys.set(name, (capped = capMarks(name)));
    return capped;
  };
  return (a, b) => names.compare(key(a), key(b));
}

function startTime(row: MedicationRow): number {
  return row.start ? spanOf(row.start).startMs : Number.NEGATIVE_INFINITY;
}

/**
 * The default order: current before past; current by bruk (fast, kur, ved behov, other); then by
 * name; then the newest start first; then the key, so the order never depends on the input's.
 */
export function compareDefault(locale: Locale = 'nb'): (a: MedicationRow, b: MedicationRow) => number {
  const names = nameComparer(locale);
  return (a, b) =>
    Number(b.current) - Number(a.current) ||
    (a.current ? useRank(a) - useRank(b) : 0) ||
    names(a.name, b.name) ||
    compareNumbers(startTime(b), startTime(a)) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

export const MEDICATION_SORT_KEYS = ['name', 'start', 'status'] as const;
export type MedicationSortKey = (typeof MEDICATION_SORT_KEYS)[number];

export interface MedicationSortOptions {
  readonly direction?: 'ascending' | 'descending';
  readonly locale?: Locale;
}

/**
 * Rows sorted by one key, the default order as the secondary key (MEDv guidance). A row without a
 * start date sorts last either way.
 */
export function sortMedications(
  rows: readonly MedicationRow[],
  by: MedicationSortKey,
  options: MedicationSortOptions = {},
): MedicationRow[] {
  const locale = resolveLocale(options.locale);
  const sign = options.direction === 'descending' ? -1 : 1;
  const names = nameComparer(locale);
  const fallback = compareDefault(locale);
  const primary = (a: MedicationRow, b: MedicationRow): number => {
    switch (by) {
      case 'name':
        return sign * names(a.name, b.name);
      case 'status':
        return sign * (MEDICATION_STATUSES.indexOf(a.status) - MEDICATION_STATUSES.indexOf(b.status));
      case 'start': {
        const [x, y] = [startTime(a), startTime(b)];
        if (x === y) return 0;
        if (x === Number.NEGATIVE_INFINITY) return 1;
        if (y === Number.NEGATIVE_INFINITY) return -1;
        return sign * compareNumbers(x, y);
      }
    }
  };
  return [...rows].sort((a, b) => primary(a, b) || fallback(a, b));
}

export interface MedicationFilter {
  readonly statuses?: readonly MedicationStatus[];
  /** Source labels (`row.source.label`) to keep. */
  readonly sources?: readonly string[];
  /** Words that must all occur in the name, ATC, indication or dosage; case and diacritics ignored. */
  readonly text?: string;
  /** Keep only current rows (true) or only past rows (false). */
  readonly current?: boolean;
}

/** The rows that pass every criterion given; an empty criterion passes everything. */
export function filterMedications(rows: readonly MedicationRow[], filter: MedicationFilter = {}): MedicationRow[] {
  const statuses = Array.isArray(filter.statuses) && filter.statuses.length > 0 ? new Set(filter.statuses) : undefined;
  const sources = Array.isArray(filter.sources) && filter.sources.length > 0 ? new Set(filter.sources) : undefined;
  const words = searchable(typeof filter.text === 'string' ? filter.text : '')
    .split(' ')
    .filter(Boolean);
  return rows.filter((row) => {
    if (statuses && !statuses.has(row.status)) return false;
    if (sources && !sources.has(row.source.label)) return false;
    if (typeof filter.current === 'boolean' && row.current !== filter.current) return false;
    if (words.length === 0) return true;
    const haystack = searchable(
      [row.name, row.atc?.code ?? '', row.atc?.display ?? '', row.indication, ...row.dosageLines].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}

/** Lower case, without diacritics; ø and æ read as o and ae, so "Ibux" and "ibúx", "Sølv" and "solv" meet. */
export function searchable(value: string): string {
  return (
    value
      // Marks go first: decomposing a long run of them (NFD) costs the square of its length.
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/ø/g, 'o')
      .replace(/æ/g, 'ae')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export const MEDICATION_GROUP_IDS = ['fast', 'kur', 'ved-behov', 'other', 'past'] as const;
export type MedicationGroupId = (typeof MEDICATION_GROUP_IDS)[number];

export interface MedicationGroup {
  readonly id: MedicationGroupId;
  readonly label: string;
  readonly rows: readonly MedicationRow[];
}

export interface MedicationGroups {
  /** Current rows by bruk, in the order Fast, Kur, Ved behov, other; empty groups left out. */
  readonly current: readonly MedicationGroup[];
  /** Every row that is not current. */
  readonly past: MedicationGroup;
  /** Keys of current rows on hold, to draw attention to. */
  readonly attention: readonly string[];
}

/** Every row in exactly one group, each group in the order the rows were given. */
export function groupMedications(
  rows: readonly MedicationRow[],
  options: { readonly locale?: Locale } = {},
): MedicationGroups {
  const m = medicationMessages[resolveLocale(options.locale)];
  const buckets = new Map<MedicationGroupId, MedicationRow[]>(MEDICATION_GROUP_IDS.map((id) => [id, []]));
  for (const row of rows) {
    const id: MedicationGroupId = !row.current ? 'past' : (row.use ?? 'other');
    buckets.get(id)?.push(row);
  }
  const current = (['fast', 'kur', 'ved-behov', 'other'] as const)
    .map((id) => ({ id, label: m[id], rows: buckets.get(id) ?? [] }))
    .filter((group) => group.rows.length > 0);
  return {
    current,
    past: { id: 'past', label: m.past, rows: buckets.get('past') ?? [] },
    attention: rows.filter((row) => row.attention).map((row) => row.key),
  };
}
