// Resources → rows for <sam-medication-list>: pure functions, no DOM, no Lit. MedicationRequest,
// MedicationStatement and MedicationDispense become one row model; renewal chains collapse to their
// head, a PLL statement absorbs the prescription it is based on, dispenses join their prescription,
// and the same substance in two current rows is marked, never merged (research/components.md §4.1).
// What each row says is read by the files named for it (medicine, dosage, status, dates, prescriber,
// source, flags); the order rows come in is medication-order.ts.
import type { Dosage } from 'fhir/r4.js';
import {
  documentComposition,
  formatDosageLines,
  referenceKey,
  resolveLocale,
  resourceKey,
  statusPresentation,
  systemNames,
  untrusted,
  type FormatOptions,
  type ModelOptions,
} from '@samspill/core/data.js';
import { datesOf, lastChangedOf, latest, periodText, readable, readDate, spanOf } from './medication-dates.js';
import { dosagesOf, hasContent, indicationOf, routeOf, useOf } from './medication-dosage.js';
import type { Context, Entry, Kind } from './medication-entry.js';
import { flagsOf } from './medication-flags.js';
import { medicationMessages, type MedicationMessages } from './medication-list.messages.js';
import { medicationOf } from './medication-medicine.js';
import { compareDefault } from './medication-order.js';
import { ereseptDosageLines } from './medication-eresept-dosing.js';
import { prescriberOf } from './medication-prescriber.js';
import { MEDICATION_RESOURCE_TYPES, type MedicationRow } from './medication-row.js';
import { discontinuationOf, firstShortDosage, prescriptionDatesOf, registeredPrescriberOf } from './medication-sfm.js';
import { resolve } from './medication-reference.js';
import { sourceOf } from './medication-source.js';
import { CURRENT, statusOf, statusReasonOf } from './medication-status.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

/** `related`: the Medications, Practitioners, PractitionerRoles and Organizations the entries name. */
export type MedicationModelOptions = ModelOptions;

const KINDS = new Set<string>(MEDICATION_RESOURCE_TYPES);
const TYPE_NAME = /^[A-Z][A-Za-z]+$/;

// Fields whose shape is checked, so a string where an object belongs is a notice instead of a silent gap.
const OBJECT_FIELDS = [
  'meta',
  'subject',
  'medicationCodeableConcept',
  'medicationReference',
  'effectivePeriod',
  'requester',
  'informationSource',
  'reportedReference',
  'priorPrescription',
] as const;
const LIST_FIELDS = [
  'extension',
  'identifier',
  'dosage',
  'dosageInstruction',
  'reasonCode',
  'reasonReference',
  'partOf',
  'basedOn',
  'performer',
  'authorizingPrescription',
  'contained',
] as const;

/**
 * The rows of a medication list. `resources` may mix MedicationRequest, MedicationStatement and
 * MedicationDispense with the resources they refer to (Medication, Practitioner, PractitionerRole,
 * Organization) and Bundles of them; anything else that is not a FHIR resource becomes a row with a
 * problem. Total: any JSON gives rows, never a throw. Rows come in the default order (see
 * {@link compareDefault}).
 */
export function medicationRows(resources: unknown, options: MedicationModelOptions = {}): MedicationRow[] {
  const context = createContext(options);
  const entries: Entry[] = [];
  const addEntry = (raw: unknown, composition?: Fields): void => {
    const fields = element(raw);
    const type = fields?.resourceType;
    const kind = typeof type === 'string' && KINDS.has(type) ? (type as Kind) : undefined;
    entries.push({ raw, fields, kind, index: entries.length, attached: [], ...(composition ? { composition } : {}) });
  };
  for (const item of list(resources)) {
    collect(item, context.related, addEntry, new Set());
  }
  addRelated(options.related, context.related);
  nameSystems(entries, context);

  const byKey = new Map<string, Entry>();
  for (const entry of entries) {
    const key = entry.fields && entry.kind ? resourceKey(entry.fields) : undefined;
    if (key !== undefined && !byKey.has(key)) byKey.set(key, entry);
  }
  link(entries, byKey);

  const include = options.includeEnteredInError === true;
  const heads = entries.filter((entry) => entry.owner === undefined && entry.newer === undefined);
  const keys = new Map<string, number>();
  const chains = chainsOf(entries);
  const rows = heads
    .map((head) => buildRow(head, chains.get(head) ?? [], context, keys, include))
    .filter((row) => include || row.status !== 'entered-in-error');
  return markDuplicates(rows).sort(compareDefault(context.locale));
}

// ---------------------------------------------------------------------------------------------
// Collecting and linking

function createContext(options: MedicationModelOptions): Context {
  const locale = resolveLocale(options.locale);
  const nowMs =
    options.now instanceof Date ? options.now.getTime() : typeof options.now === 'number' ? options.now : Date.now();
  const safeNow = Number.isFinite(nowMs) ? nowMs : Date.now();
  const timeZone = typeof options.timeZone === 'string' ? options.timeZone : undefined;
  const format: FormatOptions =
    timeZone === undefined ? { locale, now: new Date(safeNow) } : { locale, now: new Date(safeNow), timeZone };
  return {
    locale,
    m: medicationMessages[locale],
    format,
    nowMs: safeNow,
    timeZone,
    related: new Map(),
    systems: new Map(),
    dates: new Map(),
    periods: new Map(),
    notShared: new Set(options.notShared),
  };
}

// Bundles are unpacked; row resources go to `add`, everything else with a type is kept to resolve references.
function collect(
  item: unknown,
  related: Map<string, Fields>,
  add: (raw: unknown, composition?: Fields) => void,
  seen: Set<unknown>,
  fullUrl?: unknown,
  composition?: Fields,
): void {
  const fields = element(item);
  if (fields && seen.has(item)) return;
  if (fields) seen.add(item);
  const type = fields?.resourceType;
  if (fields && type === 'Bundle') {
    // The PLL from SFM is a document: its Composition says where every entry came from.
    const document = documentComposition(fields) ?? composition;
    for (const entry of list(fields.entry)) {
      const e = element(entry);
      // An entry without a resource (a transaction's DELETE, a search's outcome) has nothing to show.
      if (e?.resource !== undefined) collect(e.resource, related, add, seen, e.fullUrl, document);
    }
    return;
  }
  if (fields && typeof type === 'string' && TYPE_NAME.test(type)) {
    remember(fields, related, fullUrl);
    if (KINDS.has(type)) add(item, composition);
    return;
  }
  add(item);
}

/** Each `meta.source` system named after the organisation its records name most often (core's `systemNames`). */
function nameSystems(entries: readonly Entry[], context: Context): void {
  const names = systemNames(
    entries.map((entry) => entry.fields),
    { locale: context.locale, resolve: (reference, container) => resolve(reference, container, context) },
  );
  for (const [system, name] of names) context.systems.set(system, name);
}

function remember(fields: Fields, related: Map<string, Fields>, ...aliases: unknown[]): void {
  const key = resourceKey(fields);
  if (key !== undefined && !related.has(key)) related.set(key, fields);
  for (const alias of aliases) {
    const name = text(alias);
    if (name && !related.has(name)) related.set(name, fields);
  }
}

function addRelated(input: MedicationModelOptions['related'], related: Map<string, Fields>): void {
  if (input instanceof Map) {
    for (const [key, value] of input as ReadonlyMap<unknown, unknown>) {
      const fields = element(value);
      if (fields) remember(fields, related, key);
    }
    return;
  }
  const add = (): void => undefined;
  for (const item of list(input)) collect(item, related, add, new Set());
}

function findEntry(reference: unknown, byKey: ReadonlyMap<string, Entry>, kind: Kind): Entry | undefined {
  const key = referenceKey(reference) ?? text(element(reference)?.reference);
  const entry = byKey.get(key);
  return entry?.kind === kind ? entry : undefined;
}

/**
 * A PLL statement absorbs the request it is based on; a dispense joins its prescription; older
 * links of a chain point at the newer one (statements by `partOf` to the head, requests by the
 * newer one's `priorPrescription`).
 */
function link(entries: readonly Entry[], byKey: ReadonlyMap<string, Entry>): void {
  for (const entry of entries) {
    if (entry.kind !== 'MedicationStatement' || !entry.fields) continue;
    for (const basis of list(entry.fields.basedOn)) {
      const request = findEntry(basis, byKey, 'MedicationRequest');
      if (request && request.owner === undefined) {
        request.owner = entry;
        entry.attached.push(request);
      }
    }
  }
  for (const entry of entries) {
    if (entry.kind !== 'MedicationDispense' || !entry.fields) continue;
    for (const prescription of list(entry.fields.authorizingPrescription)) {
      const request = findEntry(prescription, byKey, 'MedicationRequest');
      if (request) {
        const owner = request.owner ?? request;
        entry.owner = owner;
        owner.attached.push(entry);
        break;
      }
    }
  }
  for (const entry of entries) {
    if (!entry.fields || entry.owner !== undefined) continue;
    if (entry.kind === 'MedicationStatement') {
      const head = list(entry.fields.partOf)
        .map((part) => findEntry(part, byKey, 'MedicationStatement'))
        .find((found) => found !== undefined && found !== entry);
      if (head) entry.newer = head;
    } else if (entry.kind === 'MedicationRequest') {
      const older = findEntry(entry.fields.priorPrescription, byKey, 'MedicationRequest');
      if (older && older !== entry && older.owner === undefined && older.newer === undefined) older.newer = entry;
    }
  }
  // A cycle has no head: break it at its first link, so every entry still shows.
  for (const entry of entries) {
    const seen = new Set<Entry>([entry]);
    for (let at = entry.newer; at !== undefined; at = at.newer) {
      if (seen.has(at)) {
        entry.newer = undefined;
        break;
      }
      seen.add(at);
    }
  }
}

/** The older links of each chain, by its head. */
function chainsOf(entries: readonly Entry[]): Map<Entry, Entry[]> {
  const roots = new Map<Entry, Entry>();
  const rootOf = (entry: Entry): Entry => {
    const known = roots.get(entry);
    if (known) return known;
    const root = entry.newer === undefined ? entry : rootOf(entry.newer);
    roots.set(entry, root);
    return root;
  };
  const chains = new Map<Entry, Entry[]>();
  for (const entry of entries) {
    if (entry.newer === undefined) continue;
    const root = rootOf(entry);
    const chain = chains.get(root);
    if (chain) chain.push(entry);
    else chains.set(root, [entry]);
  }
  return chains;
}

// ---------------------------------------------------------------------------------------------
// One row

function buildRow(
  head: Entry,
  links: readonly Entry[],
  context: Context,
  keys: Map<string, number>,
  includeEnteredInError: boolean,
): MedicationRow {
  const row = describe(head, context, keys);
  const history = links
    .map((older) => describe(older, context, keys))
    .filter((older) => includeEnteredInError || older.status !== 'entered-in-error')
    .sort((a, b) => startMs(b, context) - startMs(a, context));
  return { ...row, history };
}

function startMs(row: MedicationRow, context: Context): number {
  return row.start ? spanOf(row.start, context.timeZone).startMs : -Infinity;
}

function describe(entry: Entry, context: Context, keys: Map<string, number>): MedicationRow {
  const { m } = context;
  const problems: string[] = [];
  const key = uniqueKey(entry, keys);
  const fields = entry.fields;
  if (!fields || !entry.kind) {
    return emptyRow(key, entry.raw, context, [m.notAResource]);
  }
  const kind = entry.kind;
  const all = [entry, ...entry.attached];
  const requests = all.filter((item) => item.kind === 'MedicationRequest');
  const dispenses = entry.attached.filter((item) => item.kind === 'MedicationDispense');
  checkShapes(fields, problems, m);

  const medication = medicationOf(entry, requests, context, problems);
  const dosages = dosagesOf(fields, kind, requests);
  const resources = all.map((item) => item.fields);
  const { dosageLines, shortDosage } = dosageOf(resources, dosages, context, problems);
  const sfm = sfmDatesOf(fields, context, problems);

  const { start, end } = datesOf(fields, context, problems);
  const readableEnd = readable(end);
  const endMs = readableEnd ? spanOf(readableEnd, context.timeZone).endMs : undefined;
  // Seponert: past from its date on (a discontinuation planned for later leaves it current until then).
  const given = statusOf(fields, kind, problems, m);
  const discontinuedOn = readable(sfm.discontinued);
  const stoppedNow =
    sfm.discontinuation !== undefined &&
    given !== 'entered-in-error' &&
    !(discontinuedOn && spanOf(discontinuedOn, context.timeZone).startMs > context.nowMs);
  const status = stoppedNow ? 'stopped' : given;
  const current = CURRENT.has(status) && !(endMs !== undefined && endMs <= context.nowMs);
  const use = useOf(resources, dosages);
  const period = periodText(start, end, context);
  const dispensed = latest(
    dispenses.map((item) => readDate(item.fields?.whenHandedOver, 'whenHandedOver', context, [])),
    context,
  );
  const prescriber = registeredPrescriberOf(fields, context) ?? prescriberOf(entry, requests, context);
  const lastChanged = lastChangedOf(fields, context, problems);

  return {
    key,
    resourceType: kind,
    name: medication.name,
    ...(medication.atc ? { atc: medication.atc } : {}),
    form: medication.form,
    strength: medication.strength,
    dosageLines,
    ...(shortDosage ? { shortDosage } : {}),
    route: routeOf(dosages, context),
    ...(use ? { use } : {}),
    useText: use ? m[use] : '',
    indication: indicationOf(all, dosages, context),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    periodText: period,
    ...(sfm.prescribed ? { prescribed: sfm.prescribed } : {}),
    ...(sfm.expires ? { expires: sfm.expires } : {}),
    ...(dispensed ? { dispensed } : {}),
    ...(prescriber ? { prescriber } : {}),
    source: sourceOf(entry, requests, dispenses, context),
    status,
    // The badge's word (core's), so a status reads the same in the row, its details and the filter.
    statusText: statusPresentation(status, context.locale).label,
    statusReason: unique([statusReasonOf(fields, context), sfm.discontinuation?.reason ?? ''].filter(Boolean)).join(
      '; ',
    ),
    current,
    attention: current && status === 'on-hold',
    ...(lastChanged ? { lastChanged } : {}),
    flags: flagsOf(all, context),
    history: [],
    possibleDuplicates: [],
    resources: all.map((item) => item.raw),
    problems: unique(problems),
  };
}

/** The lines a row shows for its dosages: text, else kortdosering, else structured, else the e-prescription's. */
function dosageOf(
  resources: readonly (Fields | undefined)[],
  dosages: unknown,
  context: Context,
  problems: string[],
): { dosageLines: string[]; shortDosage: string } {
  const shortDosage = firstShortDosage(resources, dosages, context);
  let dosageLines = formatDosageLines(dosages as Dosage[], context.format);
  if (dosageLines.length === 0 && shortDosage) dosageLines = [shortDosage];
  if (dosageLines.length === 0) dosageLines = ereseptDosageLines(resources, context);
  if (list(dosages).length > 0 && dosageLines.length === 0 && hasContent(dosages))
    problems.push(context.m.unreadableDosage);
  return { dosageLines, shortDosage };
}

/** A PLL statement's prescription and discontinuation dates, each read like any other date. */
function sfmDatesOf(fields: Fields, context: Context, problems: string[]) {
  const { reseptdate, expirationdate } = prescriptionDatesOf(fields);
  const discontinuation = discontinuationOf(fields, context);
  const prescribed = readDate(reseptdate, 'sfm-reseptamendment.reseptdate', context, problems);
  const expires = readDate(expirationdate, 'sfm-reseptamendment.expirationdate', context, problems);
  const discontinued = readDate(discontinuation?.timedate, 'sfm-discontinuation.timedate', context, problems);
  return { prescribed, expires, discontinuation, discontinued };
}

function emptyRow(key: string, raw: unknown, context: Context, problems: string[]): MedicationRow {
  const { m } = context;
  return {
    key,
    resourceType: 'unknown',
    name: m.unknownMedication,
    form: '',
    strength: '',
    dosageLines: [],
    route: '',
    useText: '',
    indication: '',
    periodText: '',
    source: { label: m.unknownSource, careLevelText: '' },
    status: 'unknown',
    statusText: statusPresentation('unknown', context.locale).label,
    statusReason: '',
    current: false,
    attention: false,
    flags: { selfReported: false, multidose: false, pll: false, guardianReservation: false },
    history: [],
    possibleDuplicates: [],
    resources: [raw],
    problems,
  };
}

function uniqueKey(entry: Entry, keys: Map<string, number>): string {
  const base = (entry.fields && entry.kind && resourceKey(entry.fields)) ?? `${entry.kind ?? 'entry'}#${entry.index}`;
  const seen = keys.get(base) ?? 0;
  keys.set(base, seen + 1);
  return seen === 0 ? base : `${base}~${seen + 1}`;
}

function checkShapes(fields: Fields, problems: string[], m: MedicationMessages): void {
  for (const name of OBJECT_FIELDS) {
    const value = fields[name];
    if (value !== undefined && element(value) === undefined) problems.push(m.unreadableField(name));
  }
  for (const name of LIST_FIELDS) {
    const value = fields[name];
    if (value === undefined) continue;
    if (!Array.isArray(value) || (value as unknown[]).some((item) => element(item) === undefined))
      problems.push(m.unreadableField(name));
  }
}

// ---------------------------------------------------------------------------------------------
// Duplicates

function markDuplicates(rows: readonly MedicationRow[]): MedicationRow[] {
  const bySubstance = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.current || !row.atc?.substance) continue;
    const same = bySubstance.get(row.atc.code);
    if (same) same.push(row.key);
    else bySubstance.set(row.atc.code, [row.key]);
  }
  return rows.map((row) => {
    const same = row.current && row.atc?.substance ? (bySubstance.get(row.atc.code) ?? []) : [];
    const others = same.filter((key) => key !== row.key);
    return others.length > 0 ? { ...row, possibleDuplicates: others } : row;
  });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
