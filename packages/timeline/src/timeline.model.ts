// The timeline's model: any resources (or Bundles) in, the patient's clinical events out, newest first.
// Pure and total: no DOM, no Lit, never throws, and every text is readable in the chosen language.
import type { Resource } from 'fhir/r4.js';
import {
  documentComposition,
  formatHumanName,
  resolveLocale,
  resolveReference,
  resolveTimeZone,
  resourceKey,
  systemNames,
  untrusted,
  type Locale,
  type ModelOptions,
} from '@samspill/core/data.js';
import { precisionRank, unreadableDateOf } from './timeline.dates.js';
import {
  EVENT_TYPES,
  concept,
  type BuildContext,
  type EventType,
  type Fields,
  type TimelineEvent,
} from './timeline.event.js';
import { timelineMessages } from './timeline.messages.js';
import { statusText } from './timeline.status.js';
import { RESOURCE_EVENT_TYPES, eventsOf, type Draft } from './timeline.kinds.js';
import { observationEvents, type Item } from './timeline.observations.js';
import { sourceOf, type EventSource, type SourceContext } from './timeline.source.js';

const { element, list, text } = untrusted;

/** The timeline takes what it shows and what that refers to as one input: `related` is not read. */
export type TimelineModelOptions = Omit<ModelOptions, 'related'>;

/** Something wrong with the input, in words, with the resource it is about when there is one. */
export interface TimelineProblem {
  readonly key?: string;
  readonly text: string;
  /** A date as written that could not be read, shown on demand beside `text`. */
  readonly written?: string;
}

export interface TimelineModel {
  /** Every event, newest first (see {@link compareEvents}). */
  readonly events: readonly TimelineEvent[];
  readonly problems: readonly TimelineProblem[];
  readonly locale: Locale;
  readonly timeZone: string;
  readonly now: Date;
}

const TYPE_ORDER = new Map<EventType, number>(EVENT_TYPES.map((type, index) => [type, index]));
// Nested Bundles deeper than this are not followed: hostile input must not exhaust the stack.
const MAX_DEPTH = 8;

/**
 * Newest first by start instant; at the same instant the finer precision first ("7 May 10:00" before
 * "May 2024"), then by type and key, so the order never depends on the input's.
 */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    b.date.start.getTime() - a.date.start.getTime() ||
    precisionRank(a.date.precision) - precisionRank(b.date.precision) ||
    (TYPE_ORDER.get(a.type) ?? 0) - (TYPE_ORDER.get(b.type) ?? 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

function validNow(now: unknown): Date {
  const time = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : NaN;
  return Number.isFinite(time) && Math.abs(time) < 8.64e15 ? new Date(time) : new Date();
}

/** Every resource of the input: Bundles opened (nested ones too), arrays flattened; the rest reported. */
function collect(input: unknown, locale: Locale): { items: Item[]; problems: TimelineProblem[] } {
  const items: Item[] = [];
  const problems: TimelineProblem[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, depth: number, fullUrl?: string, composition?: Fields): void => {
    if (depth > MAX_DEPTH || seen.has(value)) return;
    if (Array.isArray(value)) {
      seen.add(value);
      for (const entry of value as unknown[]) walk(entry, depth + 1);
      return;
    }
    const fields = element(value);
    const type = text(fields?.resourceType);
    if (!fields || !/^[A-Z][A-Za-z]{1,63}$/.test(type)) {
      problems.push({ text: timelineMessages[locale].notAResource });
      return;
    }
    seen.add(value);
    if (type === 'Bundle') {
      const document = documentComposition(fields) ?? composition;
      for (const entry of list(fields.entry)) {
        const resource = element(entry)?.resource;
        if (resource !== undefined) walk(resource, depth + 1, text(element(entry)?.fullUrl) || undefined, document);
      }
      return;
    }
    items.push({
      resource: value as Resource,
      fields,
      index: items.length,
      ...(fullUrl ? { fullUrl } : {}),
      ...(composition ? { composition } : {}),
    });
  };
  walk(input, 0);
  return { items, problems };
}

function enteredInError(fields: Fields): boolean {
  if (text(fields.status) === 'entered-in-error') return true;
  return list(element(fields.verificationStatus)?.coding).some(
    (coding) => text(element(coding)?.code) === 'entered-in-error',
  );
}

/**
 * Names of what events refer to, by `Type/id` and by Bundle `fullUrl`: organisations, places,
 * medicines, practitioners and conditions (a reason).
 */
function namesOf(items: readonly Item[], locale: Locale): Map<string, string> {
  const names = new Map<string, string>();
  for (const { fields, fullUrl } of items) {
    const type = text(fields.resourceType);
    const name =
      type === 'Organization' || type === 'Location' || type === 'HealthcareService'
        ? text(fields.name)
        : type === 'Medication' || type === 'Condition'
          ? concept(fields.code, locale)
          : type === 'Practitioner'
            ? formatHumanName(element(list(fields.name)[0]), { locale })
            : '';
    if (!name) continue;
    for (const key of [resourceKey(fields), fullUrl]) if (key && !names.has(key)) names.set(key, name);
  }
  return names;
}

/** How references resolve among the resources at hand: contained, by `Type/id`, by Bundle `fullUrl`. */
function resolverOf(items: readonly Item[]): SourceContext['resolve'] {
  const index = new Map<string, Fields>();
  for (const { fields, fullUrl } of items) {
    for (const key of [resourceKey(fields), fullUrl]) if (key && !index.has(key)) index.set(key, fields);
  }
  return (reference, container) => resolveReference(index, reference, container);
}

/**
 * The patient's timeline from any resources, Bundles or arrays of both. Every event-bearing resource
 * with a clinical date gives an event (a MedicationStatement with a period two: start and stop);
 * Observations are put together (see timeline.observations.ts). Resources of a known type without a
 * clinical date are reported in `problems`, as is anything that is not a resource.
 */
export function timelineModel(input: unknown, options: TimelineModelOptions = {}): TimelineModel {
  const steps = timelineModelSteps(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// Resources modelled between two pauses of `timelineModelSteps`: a few milliseconds' work.
const RESOURCES_PER_STEP = 250;

/**
 * {@link timelineModel} in steps: it pauses (yields) every few hundred resources and returns the
 * model, so a long record can be modelled a slice at a time between a browser's frames.
 */
export function* timelineModelSteps(
  input: unknown,
  options: TimelineModelOptions = {},
): Generator<undefined, TimelineModel, undefined> {
  const locale = resolveLocale(options.locale);
  const timeZone = resolveTimeZone(options.timeZone);
  const now = validNow(options.now);
  const messages = timelineMessages[locale];
  const { items: all, problems } = collect(input, locale);
  const items = options.includeEnteredInError === true ? all : all.filter((item) => !enteredInError(item.fields));
  const context: BuildContext = { locale, timeZone, now, messages, names: namesOf(items, locale) };

  const resolve = resolverOf(items);
  const systems = systemNames(
    items.map((item) => item.fields),
    { locale, resolve },
  );
  const sourceContext: SourceContext = { locale, resolve, systems };
  const sources = new Map<Item, EventSource | undefined>();
  const source = (item: Item): EventSource | undefined => {
    if (!sources.has(item)) sources.set(item, sourceOf(item.resource, sourceContext, item.composition));
    return sources.get(item);
  };

  const events: TimelineEvent[] = [];
  const keys = new Set<string>();
  const add = (item: Item, key: string, draft: Draft, resources: readonly Resource[]): void => {
    const from = source(item);
    // The same resource twice (two Bundles, two sources with the same data) is one event per source.
    const unique = from && keys.has(key) ? `${key}@${from.key}` : key;
    if (keys.has(unique)) return;
    keys.add(unique);
    const status = draft.status ?? '';
    const future = draft.date.start.getTime() > now.getTime();
    events.push({
      key: unique,
      type: draft.type,
      typeText: messages[draft.type],
      category: draft.category ?? '',
      title: draft.title || messages[draft.type],
      subtitle: draft.subtitle ?? '',
      details: (draft.details ?? []).filter(Boolean),
      date: draft.date,
      span: draft.date.end !== undefined,
      future,
      status,
      statusText: statusText(status, locale),
      ...(from ? { source: from } : {}),
      related: draft.related ?? [],
      members: draft.members ?? [],
      resources,
    });
  };
  const undated = (item: Item): void => {
    const key = resourceKey(item.fields);
    const what = messages[RESOURCE_EVENT_TYPES[text(item.fields.resourceType)] ?? 'other'];
    const written = unreadableDateOf(item.fields);
    problems.push({
      ...(key === undefined ? {} : { key }),
      ...(written ? { text: messages.unknownDate(what), written } : { text: messages.noDate(what) }),
    });
  };

  const observations: Item[] = [];
  const reports: Item[] = [];
  for (const [n, item] of items.entries()) {
    if (n > 0 && n % RESOURCES_PER_STEP === 0) yield;
    const type = text(item.fields.resourceType);
    if (type === 'Observation') observations.push(item);
    else if (type === 'DiagnosticReport') reports.push(item);
    else {
      const { drafts, named } = eventsOf(item.fields, context);
      if (drafts.length === 0 && named) undated(item);
      const key = resourceKey(item.fields) ?? `#${String(item.index)}`;
      for (const draft of drafts) add(item, key + (draft.suffix ?? ''), draft, [item.resource]);
    }
  }
  yield;
  const grouped = observationEvents(observations, reports, context, (item) => source(item)?.key ?? '');
  for (const event of grouped.events) add(event.lead, event.key, event.draft, event.resources);
  grouped.undated.forEach(undated);
  yield;

  events.sort(compareEvents);
  return { events, problems, locale, timeZone, now };
}
