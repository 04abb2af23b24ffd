// The newest part of a long record, to paint before the whole of it is modelled. Modelling every
// event of 50 000 takes about a second; the first screen shows a dozen. So a long input is first cut
// to the resources with the latest dates (read cheaply, as written) and everything that is no event
// (organisations, medicines, people: what events name), that cut is modelled and shown, and the
// whole follows. Pure: no DOM, no Lit, never throws.
import type { Bundle, BundleEntry, Resource } from 'fhir/r4.js';
import { untrusted } from '@samspill/core/data.js';
import { NOT_EVENTS } from './timeline.kinds.js';

const { element, list, text } = untrusted;

/** Below this many dated resources the whole record is modelled at once: it is quick enough. */
export const FIRST_SCREEN_FROM = 2000;

/** Dated resources taken for the first screen: screens' worth, so the order at the top is the real one. */
export const FIRST_SCREEN_SIZE = 500;

// Where an event's date may be, as written: the latest is a resource's place in the newest-first order.
const DATE_FIELDS = [
  'effectiveDateTime',
  'effectiveInstant',
  'occurrenceDateTime',
  'performedDateTime',
  'onsetDateTime',
  'abatementDateTime',
  'recordedDate',
  'authoredOn',
  'dateAsserted',
  'whenHandedOver',
  'started',
  'authored',
  'created',
  'issued',
  'sent',
  'date',
  'start',
  'end',
] as const;
const PERIOD_FIELDS = [
  'period',
  'effectivePeriod',
  'occurrencePeriod',
  'performedPeriod',
  'onsetPeriod',
  'abatementPeriod',
] as const;
// Bundles deeper than this are not opened, as in the model.
const MAX_DEPTH = 8;

/**
 * The latest date a resource's event could have, as written ("2024-05-07T10:00:00+02:00"); empty
 * when it has none. Compared as text: the order of ISO dates, to within a time zone's offset.
 */
export function latestDateOf(resource: unknown): string {
  const fields = element(resource);
  if (!fields) return '';
  let latest = '';
  const consider = (value: unknown): void => {
    const written = text(value);
    if (written > latest && /^\d{4}/.test(written)) latest = written;
  };
  for (const name of DATE_FIELDS) consider(fields[name]);
  for (const name of PERIOD_FIELDS) {
    const period = element(fields[name]);
    if (period) {
      consider(period.start);
      consider(period.end);
    }
  }
  // A MedicationStatement may be dated only in its dosage's bounds, or an encounter in its context.
  consider(element(element(fields.context)?.period)?.start);
  return latest;
}

interface Entry {
  readonly resource: unknown;
  readonly fullUrl?: string;
}

/** Every entry of the input (arrays flattened, Bundles opened); undefined when it has a document. */
function entriesOf(input: unknown): Entry[] | undefined {
  const entries: Entry[] = [];
  const seen = new Set<unknown>();
  const found = { document: false };
  const walk = (value: unknown, depth: number, fullUrl?: string): void => {
    if (found.document || depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const entry of value as unknown[]) walk(entry, depth + 1);
      return;
    }
    const fields = element(value);
    if (text(fields?.resourceType) !== 'Bundle') {
      entries.push(fullUrl ? { resource: value, fullUrl } : { resource: value });
      return;
    }
    // A document's Composition names the source of every entry: such input is modelled whole.
    if (text(fields?.type) === 'document') found.document = true;
    for (const entry of list(fields?.entry)) {
      const resource = element(entry)?.resource;
      if (resource !== undefined) walk(resource, depth + 1, text(element(entry)?.fullUrl) || undefined);
    }
  };
  walk(input, 0);
  return found.document ? undefined : entries;
}

/** The text at or above which `size` of `keys` lie (all of them when there are fewer). */
function cutOff(keys: readonly string[], size: number): string {
  if (keys.length <= size) return '';
  // By month first (cheap), then sorted within the month the cut falls in.
  const months = new Map<string, number>();
  for (const key of keys) {
    const month = key.slice(0, 7);
    months.set(month, (months.get(month) ?? 0) + 1);
  }
  let above = 0;
  for (const month of [...months.keys()].sort().reverse()) {
    const count = months.get(month) ?? 0;
    if (above + count >= size) {
      const within = keys.filter((key) => key.startsWith(month)).sort();
      return within[within.length - (size - above)] ?? month;
    }
    above += count;
  }
  return '';
}

/**
 * The first screen's input: the `size` resources with the latest dates and every resource that is
 * no event, as one collection Bundle (entries keep their `fullUrl`). Undefined when the input is
 * better modelled whole: fewer than `from` dated resources, or a document.
 */
export function firstScreenInput(
  input: unknown,
  { size = FIRST_SCREEN_SIZE, from = FIRST_SCREEN_FROM }: { size?: number; from?: number } = {},
): Bundle | undefined {
  const entries = entriesOf(input);
  if (!entries) return undefined;
  const keys = entries.map(({ resource }) =>
    NOT_EVENTS.has(text(element(resource)?.resourceType)) ? '' : latestDateOf(resource),
  );
  const dated = keys.filter(Boolean);
  if (dated.length < Math.max(from, size + 1)) return undefined;
  const cut = cutOff(dated, size);
  const entry: BundleEntry[] = [];
  entries.forEach(({ resource, fullUrl }, i) => {
    const key = keys[i] ?? '';
    // Kept: the newest, and what is no event; undated events wait for the whole (they are problems).
    const kept = key ? key >= cut : NOT_EVENTS.has(text(element(resource)?.resourceType));
    if (kept) entry.push({ ...(fullUrl ? { fullUrl } : {}), resource: resource as Resource });
  });
  return { resourceType: 'Bundle', type: 'collection', entry };
}
