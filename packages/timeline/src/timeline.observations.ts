// Observations do not each get an event, or vital signs would flood the timeline: a DiagnosticReport
// carries its results, a panel (hasMember) its members, and the rest are put together per day,
// category and source: "Vitale tegn: blodtrykk, puls, vekt", with each measurement inside.
import type { Resource } from 'fhir/r4.js';
import {
  formatDate,
  formatNumber,
  formatPeriod,
  formatQuantity,
  formatRange,
  formatRatio,
  isoDay,
  referenceKey,
  resourceKey,
  untrusted,
} from '@samspill/core/data.js';
import { firstDate, type EventDate } from './timeline.dates.js';
import {
  codesOf,
  concept,
  firstConcept,
  namesInSentence,
  type BuildContext,
  type Fields,
  type TimelineMember,
} from './timeline.event.js';
import { relatedTo, type Draft } from './timeline.kinds.js';

const { element, list, text } = untrusted;

/** A resource of the input with its fields and place. */
export interface Item {
  readonly resource: Resource;
  readonly fields: Fields;
  readonly index: number;
  /** The Bundle entry's `fullUrl`, which `urn:uuid:` references resolve through. */
  readonly fullUrl?: string;
  /** The Composition of the document Bundle it came in. */
  readonly composition?: Fields;
}

/** An event made of several resources: its draft, its key and every resource behind it. */
export interface GroupedDraft {
  readonly key: string;
  readonly draft: Draft;
  readonly lead: Item;
  readonly resources: readonly Resource[];
}

// How many names a grouped event's title lists before "og 3 til".
const MAX_NAMES = 5;

const CATEGORY_WORDS = {
  'vital-signs': 'vital-signs',
  laboratory: 'laboratory',
  'social-history': 'social-history',
  imaging: 'imaging',
  survey: 'survey',
  exam: 'exam',
  therapy: 'therapy',
  activity: 'activity',
  procedure: 'procedureCategory',
} as const;

type Category = keyof typeof CATEGORY_WORDS;

function isCategory(code: string): code is Category {
  return Object.hasOwn(CATEGORY_WORDS, code);
}

function formatOptions(context: BuildContext): { locale: BuildContext['locale']; timeZone: string; now: Date } {
  return { locale: context.locale, timeZone: context.timeZone, now: context.now };
}

/** An Observation's (or a component's) value as text; empty when there is none. */
export function valueText(fields: Fields, context: BuildContext): string {
  const options = formatOptions(context);
  const quantity = element(fields.valueQuantity);
  if (quantity) return formatQuantity(quantity, options);
  const coded = concept(fields.valueCodeableConcept, context.locale);
  if (coded) return coded;
  if (typeof fields.valueString === 'string') return text(fields.valueString);
  if (typeof fields.valueInteger === 'number') return formatNumber(fields.valueInteger, options);
  const range = element(fields.valueRange);
  if (range) return formatRange(range, options);
  const ratio = element(fields.valueRatio);
  if (ratio) return formatRatio(ratio, options);
  if (typeof fields.valueDateTime === 'string') return formatDate(fields.valueDateTime, options);
  const period = element(fields.valuePeriod);
  if (period) return formatPeriod(period, options);
  const pair = sameUnitValues(fields, context);
  if (pair) return pair;
  const components = list(fields.component)
    .map(element)
    .flatMap((component) => {
      if (!component) return [];
      const value = valueText(component, context);
      const name = concept(component.code, context.locale);
      return value ? [name ? `${name} ${value}` : value] : [];
    });
  if (components.length > 0) return components.join(', ');
  return concept(fields.dataAbsentReason, context.locale);
}

/** Components measured in one unit (blood pressure) as "138/84 mmHg". */
function sameUnitValues(fields: Fields, context: BuildContext): string {
  const quantities = list(fields.component).map((component) => element(element(component)?.valueQuantity));
  const last = quantities.at(-1);
  if (quantities.length < 2 || !last) return '';
  const unit = text(last.code) || text(last.unit);
  const same = quantities.every(
    (quantity) => typeof quantity?.value === 'number' && (text(quantity.code) || text(quantity.unit)) === unit,
  );
  if (!same || !unit) return '';
  const options = formatOptions(context);
  const first = quantities.slice(0, -1).map((quantity) => formatNumber(quantity?.value as number, options));
  const shown = formatQuantity(last, options);
  return shown ? `${first.join('/')}/${shown}` : '';
}

function observationDate(fields: Fields, context: BuildContext): EventDate | undefined {
  return firstDate([fields.effectiveDateTime, fields.effectivePeriod, fields.effectiveInstant, fields.issued], {
    ...formatOptions(context),
  });
}

function member(item: Item, context: BuildContext, date: EventDate | undefined): TimelineMember {
  return {
    key: resourceKey(item.fields) ?? `#${String(item.index)}`,
    title: concept(item.fields.code, context.locale) || context.messages.observation,
    value: valueText(item.fields, context),
    ...(date ? { date } : {}),
    resource: item.resource,
  };
}

function memberLine(shown: TimelineMember): string {
  return shown.value ? `${shown.title}: ${shown.value}` : shown.title;
}

function categoryOf(fields: Fields, context: BuildContext): { key: string; text: string } {
  const code = codesOf(fields.category).find(isCategory);
  if (code !== undefined) return { key: code, text: context.messages[CATEGORY_WORDS[code]] };
  const shown = firstConcept(fields.category, context.locale);
  return shown ? { key: `text:${shown}`, text: shown } : { key: '', text: context.messages.observations };
}

/**
 * The events of the Observations and DiagnosticReports of the input. `sourceKey` tells which source an
 * observation came from, so one day's vital signs from two organisations stay two events. What has no
 * readable date is returned as `undated`.
 */
export function observationEvents(
  observations: readonly Item[],
  reports: readonly Item[],
  context: BuildContext,
  sourceKey: (item: Item) => string,
): { events: GroupedDraft[]; undated: Item[] } {
  // Each Observation's date is read once, though it is asked for as a member and as an event.
  const dates = new Map<Item, EventDate | null>();
  const dateOf = (item: Item): EventDate | undefined => {
    let date = dates.get(item);
    if (date === undefined) {
      date = observationDate(item.fields, context) ?? null;
      dates.set(item, date);
    }
    return date ?? undefined;
  };
  const memberOf = (item: Item): TimelineMember => member(item, context, dateOf(item));
  const byKey = new Map<string, Item>();
  for (const item of observations) {
    for (const key of [resourceKey(item.fields), item.fullUrl]) if (key && !byKey.has(key)) byKey.set(key, item);
  }
  const taken = new Set<Item>();
  // A panel's members, and theirs, each once; a loop of panels ends where it began.
  const expand = (references: readonly unknown[], seen: Set<Item>): Item[] =>
    references.flatMap((reference) => {
      const found = byKey.get(referenceKey(reference) ?? '') ?? byKey.get(text(element(reference)?.reference));
      if (!found || seen.has(found)) return [];
      seen.add(found);
      return [found, ...expand(list(found.fields.hasMember), seen)];
    });

  const events: GroupedDraft[] = [];
  const undated: Item[] = [];
  for (const report of reports) {
    const members = expand(list(report.fields.result), new Set());
    members.forEach((item) => taken.add(item));
    const shown = members.map((item) => memberOf(item));
    const date =
      firstDate([report.fields.effectiveDateTime, report.fields.effectivePeriod, report.fields.issued], {
        ...formatOptions(context),
      }) ?? shown.find((item) => item.date)?.date;
    if (!date) {
      undated.push(report);
      continue;
    }
    const category = firstConcept(report.fields.category, context.locale);
    const conclusion = text(report.fields.conclusion);
    events.push({
      key: resourceKey(report.fields) ?? `#${String(report.index)}`,
      lead: report,
      resources: [report.resource, ...members.map((item) => item.resource)],
      draft: {
        type: 'report',
        category,
        title: concept(report.fields.code, context.locale) || category || context.messages.report,
        subtitle: shown.length > 0 ? context.messages.results(shown.length) : '',
        details: [...(conclusion ? [conclusion] : []), ...shown.map(memberLine)],
        date,
        status: text(report.fields.status),
        members: shown,
        related: relatedTo(context, report.fields.basedOn),
      },
    });
  }
  // Panels not in a report, with their members.
  const panels = observations.filter((item) => !taken.has(item) && list(item.fields.hasMember).length > 0);
  const panelMembers = new Map<Item, Item[]>();
  for (const panel of panels) {
    if (taken.has(panel)) continue;
    const members = expand(list(panel.fields.hasMember), new Set([panel])).filter((item) => !taken.has(item));
    members.forEach((item) => taken.add(item));
    panelMembers.set(panel, members);
  }

  // The rest, per day, category and source; a month or a year stays on its own.
  const groups = new Map<string, { date: EventDate; category: { key: string; text: string }; items: Item[] }>();
  const single = (item: Item, date: EventDate, members: readonly Item[]): void => {
    const shown = members.map((found) => memberOf(found));
    const value = valueText(item.fields, context);
    events.push({
      key: resourceKey(item.fields) ?? `#${String(item.index)}`,
      lead: item,
      resources: [item.resource, ...members.map((found) => found.resource)],
      draft: {
        type: 'observation',
        category: categoryOf(item.fields, context).text,
        title: concept(item.fields.code, context.locale) || context.messages.observation,
        subtitle: value,
        details: shown.map(memberLine),
        date,
        status: text(item.fields.status),
        members: shown,
        related: relatedTo(context, item.fields.encounter),
      },
    });
  };
  for (const item of observations) {
    if (taken.has(item) && !panelMembers.has(item)) continue;
    const date = dateOf(item);
    if (!date) {
      undated.push(item);
      continue;
    }
    const members = panelMembers.get(item);
    if (members || (date.precision !== 'day' && date.precision !== 'time')) {
      single(item, date, members ?? []);
      continue;
    }
    const category = categoryOf(item.fields, context);
    const key = `${isoDay(date.start, context.timeZone)}|${category.key}|${sourceKey(item)}`;
    const group = groups.get(key);
    if (!group) groups.set(key, { date, category, items: [item] });
    else {
      group.items.push(item);
      if (date.start.getTime() < group.date.start.getTime()) group.date = date;
    }
  }
  for (const group of groups.values()) {
    const [first] = group.items;
    if (!first) continue;
    if (group.items.length === 1) {
      single(first, group.date, []);
      continue;
    }
    const shown = group.items.map((item) => memberOf(item));
    const all = [...new Set(namesInSentence(shown.map((item) => item.title)))];
    // "blodtrykk, puls, vekt"; a long list ends "… og 15 til".
    const names =
      all.length > MAX_NAMES + 1
        ? `${all.slice(0, MAX_NAMES).join(', ')} ${context.messages.andMore(all.length - MAX_NAMES)}`
        : all.join(', ');
    const encounters = group.items.map((item) => item.fields.encounter);
    events.push({
      key: `${resourceKey(first.fields) ?? `#${String(first.index)}`}+${String(group.items.length - 1)}`,
      lead: first,
      resources: group.items.map((item) => item.resource),
      draft: {
        type: 'observation',
        category: group.category.text,
        title: context.messages.group(group.category.text, names),
        subtitle: '',
        details: shown.map(memberLine),
        date: group.date,
        status: '',
        members: shown,
        related: relatedTo(context, ...encounters),
      },
    });
  }
  return { events, undated };
}
