// Resources → rows for <sam-medication-list>: pure functions, no DOM, no Lit. MedicationRequest,
// MedicationStatement and MedicationDispense become one row model; renewal chains collapse to their
// head, a PLL statement absorbs the prescription it is based on, dispenses join their prescription,
// and the same substance in two current rows is marked, never merged (research/components.md §4.1).
import type { CodeableConcept, Dosage, HumanName, Ratio, Resource } from 'fhir/r4';
import {
  ATC_SYSTEM,
  FEST_SYSTEM,
  formatCodeableConcept,
  formatDate,
  formatDosageLines,
  formatHumanName,
  formatIdentifier,
  formatPeriod,
  formatRatio,
  formatReference,
  intlLocale,
  originOf,
  parsePartialDate,
  resolveLocale,
  untrusted,
  type FormatOptions,
  type Locale,
  type PartialDatePrecision,
  type SourceOrigin,
} from '@samspill/core/data.js';
import { medicationMessages, type MedicationMessages } from './medication-list.i18n.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

/** The resource types that become rows. */
export const MEDICATION_RESOURCE_TYPES = ['MedicationRequest', 'MedicationStatement', 'MedicationDispense'] as const;
export type MedicationResourceType = (typeof MEDICATION_RESOURCE_TYPES)[number];

/** SFM "bruk" (type of use), OID 2.16.578.1.12.4.1.1.9101: 1 Fast, 2 Kur, 3 Ved behov. */
export const MEDICATION_USES = ['fast', 'kur', 'ved-behov'] as const;
export type MedicationUse = (typeof MEDICATION_USES)[number];

/** Statuses with the no-basis meanings first, then FHIR's others. */
export const MEDICATION_STATUSES = [
  'active',
  'on-hold',
  'intended',
  'draft',
  'unknown',
  'completed',
  'stopped',
  'cancelled',
  'not-taken',
  'entered-in-error',
] as const;
export type MedicationStatus = (typeof MEDICATION_STATUSES)[number];

/** Where in the health service an entry was recorded, when its organisation says so. */
export const CARE_LEVELS = ['specialist', 'municipal', 'gp', 'pharmacy'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

export const USE_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.1.9101';
export const USE_EXTENSION = 'http://ehelse.no/fhir/StructureDefinition/sfm-use';
export const HPR_SYSTEM = 'urn:oid:2.16.578.1.12.4.1.4.4';

/** A date as written (its precision kept) and as read. */
export interface MedicationDate {
  /** The value as it is in the resource: "2019" stays a year. */
  readonly value: string;
  readonly precision: PartialDatePrecision;
  /** Formatted at its own precision by core's `formatDate`. */
  readonly text: string;
}

export interface MedicationAtc {
  readonly code: string;
  /** The substance ("Paracetamol"); empty when the coding has no display. */
  readonly display: string;
  /** Whether the code names one substance (level 5, "N02BE01"), what duplicates are found by. */
  readonly substance: boolean;
}

export interface MedicationPrescriber {
  readonly name: string;
  /** The HPR number, when the Practitioner is at hand. */
  readonly hpr?: string;
}

export interface MedicationSource {
  /** The organisation ("Fjordvik sentrum legekontor"), else the merged source's label, else a host. */
  readonly label: string;
  readonly careLevel?: CareLevel;
  /** The care level in words; empty when unknown. */
  readonly careLevelText: string;
  /** The source a merged FhirSource says the resource came from (core `originOf`). */
  readonly origin?: SourceOrigin;
}

export interface MedicationFlags {
  readonly selfReported: boolean;
  readonly multidose: boolean;
  /** A member of the patient's PLL (an identifier of the PLL slice). */
  readonly pll: boolean;
  /** Vergeinnsynsreservasjon: take care when a guardian is present. */
  readonly guardianReservation: boolean;
}

export interface MedicationRow {
  /** Stable within one input: `Type/id` of the head resource, suffixed when it repeats. */
  readonly key: string;
  readonly resourceType: MedicationResourceType | 'unknown';
  readonly name: string;
  readonly atc?: MedicationAtc;
  readonly form: string;
  readonly strength: string;
  /** One line per dosage, `dosage.text` when given, in sequence order. */
  readonly dosageLines: readonly string[];
  readonly route: string;
  readonly use?: MedicationUse;
  /** The bruk in words; empty when unknown. */
  readonly useText: string;
  readonly indication: string;
  readonly start?: MedicationDate;
  readonly end?: MedicationDate;
  /** Start and end as one phrase, each at its precision; empty when neither is known. */
  readonly periodText: string;
  /** The last pharmacy dispense of the prescription behind the row. */
  readonly dispensed?: MedicationDate;
  readonly prescriber?: MedicationPrescriber;
  readonly source: MedicationSource;
  readonly status: MedicationStatus;
  readonly statusText: string;
  readonly statusReason: string;
  /** Active, on hold or planned, and not past its end date. */
  readonly current: boolean;
  /** On hold: a current row to draw attention to (MEDv-024). */
  readonly attention: boolean;
  readonly lastChanged?: MedicationDate;
  readonly flags: MedicationFlags;
  /** Older links of a renewal chain, newest first. */
  readonly history: readonly MedicationRow[];
  /** Keys of other current rows with the same substance (ATC level 5). */
  readonly possibleDuplicates: readonly string[];
  /** The raw resources behind the row, for a "show source" view. */
  readonly resources: readonly unknown[];
  /** What was wrong with the input, in words; the row is shown all the same. */
  readonly problems: readonly string[];
}

export interface MedicationModelOptions {
  readonly locale?: Locale;
  /** "Now" for current versus past; `Date.now()` when left out. */
  readonly now?: Date | number;
  readonly timeZone?: string;
  /** Medications, Practitioners, PractitionerRoles, Organizations at hand: `_include`d, read, or a Map by reference. */
  readonly related?: readonly unknown[] | ReadonlyMap<string, unknown>;
  /** Keep entered-in-error entries (hidden by default). */
  readonly includeEnteredInError?: boolean;
}

type Kind = MedicationResourceType;

interface Entry {
  readonly raw: unknown;
  readonly fields: Fields | undefined;
  readonly kind: Kind | undefined;
  readonly index: number;
  /** The statement that absorbed this request, or the prescription this dispense belongs to. */
  owner?: Entry;
  /** The newer link of a renewal chain. */
  newer?: Entry | undefined;
  readonly attached: Entry[];
}

interface Context {
  readonly locale: Locale;
  readonly m: MedicationMessages;
  readonly format: FormatOptions;
  readonly nowMs: number;
  readonly timeZone: string | undefined;
  readonly related: Map<string, Fields>;
  /** Dates already read in this call, by their written value; null for unreadable. */
  readonly dates: Map<string, MedicationDate | null>;
  /** Periods already formatted in this call, by "start|end". */
  readonly periods: Map<string, string>;
}

const KINDS = new Set<string>(MEDICATION_RESOURCE_TYPES);
const TYPE_NAME = /^[A-Z][A-Za-z]+$/;
const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;
const CONDITIONAL = /^([A-Z][A-Za-z]+)\?/;
const FEST_NAMING_SYSTEM = /^https?:\/\/(?:dmp|hl7)\.no\/fhir\/NamingSystem\/(?:fest|lmr)[\w-]*$/i;
const ATC_LEVEL_5 = /^[A-Z]\d\d[A-Z]{2}\d\d$/;
// A catalogue key or GUID is never a name.
const KEY_LIKE = /^(?:ID_)?[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/i;
const CURRENT = new Set<MedicationStatus>(['active', 'on-hold', 'intended']);

const STATUSES: Readonly<Record<Kind, ReadonlyMap<string, MedicationStatus>>> = {
  MedicationStatement: new Map(
    (
      ['active', 'completed', 'entered-in-error', 'intended', 'stopped', 'on-hold', 'unknown', 'not-taken'] as const
    ).map((status) => [status, status]),
  ),
  MedicationRequest: new Map(
    (['active', 'on-hold', 'cancelled', 'completed', 'entered-in-error', 'stopped', 'draft', 'unknown'] as const).map(
      (status) => [status, status],
    ),
  ),
  MedicationDispense: new Map<string, MedicationStatus>([
    ['preparation', 'intended'],
    ['in-progress', 'active'],
    ['cancelled', 'cancelled'],
    ['on-hold', 'on-hold'],
    ['completed', 'completed'],
    ['entered-in-error', 'entered-in-error'],
    ['stopped', 'stopped'],
    ['declined', 'cancelled'],
    ['unknown', 'unknown'],
  ]),
};

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
  const addEntry = (raw: unknown): void => {
    const fields = element(raw);
    const type = fields?.resourceType;
    const kind = typeof type === 'string' && KINDS.has(type) ? (type as Kind) : undefined;
    entries.push({ raw, fields, kind, index: entries.length, attached: [] });
  };
  for (const item of list(resources)) {
    collect(item, context.related, addEntry, new Set());
  }
  addRelated(options.related, context.related);

  const byKey = new Map<string, Entry>();
  for (const entry of entries) {
    const key = entry.fields && entry.kind ? identity(entry.fields) : undefined;
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
    dates: new Map(),
    periods: new Map(),
  };
}

// Bundles are unpacked; row resources go to `add`, everything else with a type is kept to resolve references.
function collect(
  item: unknown,
  related: Map<string, Fields>,
  add: (raw: unknown) => void,
  seen: Set<unknown>,
  fullUrl?: unknown,
): void {
  const fields = element(item);
  if (fields && seen.has(item)) return;
  if (fields) seen.add(item);
  const type = fields?.resourceType;
  if (fields && type === 'Bundle') {
    for (const entry of list(fields.entry)) {
      const e = element(entry);
      // An entry without a resource (a transaction's DELETE, a search's outcome) has nothing to show.
      if (e?.resource !== undefined) collect(e.resource, related, add, seen, e.fullUrl);
    }
    return;
  }
  if (fields && typeof type === 'string' && TYPE_NAME.test(type)) {
    remember(fields, related, fullUrl);
    if (KINDS.has(type)) add(item);
    return;
  }
  add(item);
}

function remember(fields: Fields, related: Map<string, Fields>, ...aliases: unknown[]): void {
  const key = identity(fields);
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

function identity(fields: Fields): string | undefined {
  const type = fields.resourceType;
  const id = fields.id;
  return typeof type === 'string' && typeof id === 'string' && id !== '' ? `${type}/${id}` : undefined;
}

function referenceKey(reference: unknown): string | undefined {
  const target = text(element(reference)?.reference);
  if (!target || target.startsWith('#')) return undefined;
  const match = TYPE_ID.exec(target);
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : target;
}

function findEntry(reference: unknown, byKey: ReadonlyMap<string, Entry>, kind: Kind): Entry | undefined {
  const key = referenceKey(reference);
  const entry = key === undefined ? undefined : byKey.get(key);
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
  const dosageLines = formatDosageLines(dosages as Dosage[], context.format);
  if (list(dosages).length > 0 && dosageLines.length === 0 && hasContent(dosages)) problems.push(m.unreadableDosage);

  const status = statusOf(fields, kind, problems, m);
  const { start, end } = datesOf(fields, kind, context, problems);
  const endMs = end ? spanOf(end, context.timeZone).endMs : undefined;
  const current = CURRENT.has(status) && !(endMs !== undefined && endMs <= context.nowMs);
  const use = useOf(
    all.map((item) => item.fields),
    dosages,
  );
  const period = periodText(start, end, context);
  const dispensed = latest(
    dispenses.map((item) => readDate(item.fields?.whenHandedOver, 'whenHandedOver', context, [])),
    context,
  );
  const prescriber = prescriberOf(entry, requests, context);
  const lastChanged = lastChangedOf(fields, context, problems);

  return {
    key,
    resourceType: kind,
    name: medication.name,
    ...(medication.atc ? { atc: medication.atc } : {}),
    form: medication.form,
    strength: medication.strength,
    dosageLines,
    route: routeOf(dosages, context),
    ...(use ? { use } : {}),
    useText: use ? m[use] : '',
    indication: indicationOf(all, context),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    periodText: period,
    ...(dispensed ? { dispensed } : {}),
    ...(prescriber ? { prescriber } : {}),
    source: sourceOf(entry, requests, dispenses, context),
    status,
    statusText: m[status],
    statusReason: statusReasonOf(fields, context),
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
    statusText: m.unknown,
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
  const base = (entry.fields && entry.kind && identity(entry.fields)) ?? `${entry.kind ?? 'entry'}#${entry.index}`;
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

function hasContent(dosages: unknown): boolean {
  return list(dosages).some((dosage) => {
    const fields = element(dosage);
    return fields !== undefined && Object.keys(fields).length > 0;
  });
}

// ---------------------------------------------------------------------------------------------
// The medicine

interface MedicationFacts {
  readonly name: string;
  readonly atc?: MedicationAtc;
  readonly form: string;
  readonly strength: string;
}

function medicationOf(entry: Entry, requests: readonly Entry[], context: Context, problems: string[]): MedicationFacts {
  const { m } = context;
  // The entry's own medicine, else that of the prescription it absorbed.
  const candidates = [entry, ...requests.filter((request) => request !== entry)];
  let reference: Fields | undefined;
  for (const candidate of candidates) {
    const fields = candidate.fields;
    if (!fields) continue;
    const concept = element(fields.medicationCodeableConcept);
    if (concept) return describeMedication(concept, undefined, undefined, context, problems);
    const ref = element(fields.medicationReference);
    if (!ref) continue;
    reference ??= ref;
    const medication = resolve(ref, fields, context);
    if (medication?.resourceType === 'Medication') {
      return describeMedication(element(medication.code), medication, ref, context, problems);
    }
  }
  if (reference) {
    const display = nameText(reference.display);
    if (display) return { name: display, form: '', strength: '' };
    problems.push(m.unresolvedMedication);
    return { name: m.unknownMedication, form: '', strength: '' };
  }
  problems.push(m.missingMedication);
  return { name: m.unknownMedication, form: '', strength: '' };
}

function describeMedication(
  code: Fields | undefined,
  medication: Fields | undefined,
  reference: Fields | undefined,
  context: Context,
  problems: string[],
): MedicationFacts {
  const name =
    festName(code) ||
    nameText(code?.text) ||
    (namedConcept(code) ? nameText(formatCodeableConcept(code, context.format)) : '') ||
    ingredientNames(medication, context) ||
    nameText(reference?.display);
  if (!name) problems.push(context.m.unnamedMedication);
  const atc = atcOf(code, medication);
  return {
    name: name || context.m.unknownMedication,
    ...(atc ? { atc } : {}),
    form: conceptText(medication?.form, context),
    strength: strengthOf(medication, context),
  };
}

function isFest(system: unknown): boolean {
  const uri = text(system);
  return uri === FEST_SYSTEM || FEST_NAMING_SYSTEM.test(uri);
}

function festName(code: Fields | undefined): string {
  for (const coding of list(code?.coding)) {
    const fields = element(coding);
    if (fields && isFest(fields.system)) {
      const display = nameText(fields.display);
      if (display) return display;
    }
  }
  return '';
}

function nameText(value: unknown): string {
  const shown = text(value);
  return KEY_LIKE.test(shown) ? '' : shown;
}

/** Whether a concept has words to show (text or a display), as opposed to bare codes. */
function namedConcept(concept: unknown): boolean {
  const fields = element(concept);
  if (!fields) return false;
  return text(fields.text) !== '' || list(fields.coding).some((coding) => text(element(coding)?.display) !== '');
}

function conceptText(concept: unknown, context: Context): string {
  return namedConcept(concept) ? formatCodeableConcept(concept as CodeableConcept, context.format) : '';
}

function ingredientNames(medication: Fields | undefined, context: Context): string {
  const names = list(medication?.ingredient).map((ingredient) => {
    const fields = element(ingredient);
    const concept = element(fields?.itemCodeableConcept);
    if (concept) return festName(concept) || nameText(conceptText(concept, context));
    return nameText(element(fields?.itemReference)?.display);
  });
  return names.every(Boolean) ? names.join(' + ') : '';
}

function atcOf(code: Fields | undefined, medication: Fields | undefined): MedicationAtc | undefined {
  // no-basis carries ATC in Medication.code; LMDI in a classification extension.
  const concepts = [
    code,
    ...list(medication?.extension)
      .map((extension) => element(extension))
      .filter((extension) => /classification/i.test(text(extension?.url)))
      .map((extension) => element(extension?.valueCodeableConcept)),
  ];
  const codings = concepts
    .flatMap((concept) => list(concept?.coding))
    .map((coding) => element(coding))
    .filter((coding): coding is Fields => coding !== undefined && text(coding.system) === ATC_SYSTEM)
    .filter((coding) => text(coding.code) !== '');
  const best = codings.find((coding) => ATC_LEVEL_5.test(text(coding.code))) ?? codings[0];
  if (!best) return undefined;
  const atcCode = text(best.code);
  return { code: atcCode, display: text(best.display), substance: ATC_LEVEL_5.test(atcCode) };
}

function strengthOf(medication: Fields | undefined, context: Context): string {
  return list(medication?.ingredient)
    .map((ingredient) => element(ingredient))
    .filter((ingredient) => ingredient !== undefined && ingredient.isActive !== false)
    .map((ingredient) => formatRatio(element(ingredient?.strength) as Ratio | undefined, context.format))
    .filter(Boolean)
    .join(' + ');
}

// ---------------------------------------------------------------------------------------------
// Dosage, bruk, indication

function dosagesOf(fields: Fields, kind: Kind, requests: readonly Entry[]): unknown {
  const own = kind === 'MedicationStatement' ? fields.dosage : fields.dosageInstruction;
  if (list(own).length > 0) return own;
  for (const request of requests) {
    const theirs = request.fields?.dosageInstruction;
    if (list(theirs).length > 0) return theirs;
  }
  return own;
}

function routeOf(dosages: unknown, context: Context): string {
  const routes = list(dosages).map((dosage) => conceptText(element(dosage)?.route, context));
  return [...new Set(routes.filter(Boolean))].join(', ');
}

const USE_CODES = new Map<string, MedicationUse>([
  ['1', 'fast'],
  ['2', 'kur'],
  ['3', 'ved-behov'],
]);

function useOf(resources: readonly (Fields | undefined)[], dosages: unknown): MedicationUse | undefined {
  for (const fields of resources) {
    for (const extension of list(fields?.extension)) {
      const ext = element(extension);
      const url = text(ext?.url);
      const codings = [element(ext?.valueCoding), ...list(element(ext?.valueCodeableConcept)?.coding).map(element)];
      for (const coding of codings) {
        if (!coding) continue;
        const system = text(coding.system);
        if (system !== USE_SYSTEM && url !== USE_EXTENSION) continue;
        const use = USE_CODES.get(text(coding.code)) ?? useFromWords(text(coding.display));
        if (use) return use;
      }
    }
  }
  // Without bruk, a medicine taken only as needed is "ved behov" all the same.
  const entries = list(dosages).map(element);
  const asNeeded = (dosage: Fields | undefined): boolean =>
    dosage?.asNeededBoolean === true || element(dosage?.asNeededCodeableConcept) !== undefined;
  return entries.length > 0 && entries.every(asNeeded) ? 'ved-behov' : undefined;
}

function useFromWords(words: string): MedicationUse | undefined {
  if (/^fast$/i.test(words)) return 'fast';
  if (/^kur$/i.test(words)) return 'kur';
  if (/^ved behov$/i.test(words)) return 'ved-behov';
  return undefined;
}

function indicationOf(entries: readonly Entry[], context: Context): string {
  for (const entry of entries) {
    for (const extension of list(entry.fields?.extension)) {
      const ext = element(extension);
      if (!/application-?area|bruksomr/i.test(text(ext?.url))) continue;
      const shown = text(ext?.valueString) || conceptText(ext?.valueCodeableConcept, context);
      if (shown) return shown;
    }
  }
  for (const entry of entries) {
    const reasons = list(entry.fields?.reasonCode)
      .map((reason) => formatCodeableConcept(element(reason) as CodeableConcept | undefined, context.format))
      .filter(Boolean);
    if (reasons.length > 0) return [...new Set(reasons)].join('; ');
    const referenced = list(entry.fields?.reasonReference)
      .map((reason) => {
        const ref = element(reason);
        const condition = ref && entry.fields ? resolve(ref, entry.fields, context) : undefined;
        return conceptText(condition?.code, context) || text(ref?.display);
      })
      .filter(Boolean);
    if (referenced.length > 0) return [...new Set(referenced)].join('; ');
  }
  return '';
}

// ---------------------------------------------------------------------------------------------
// Status and dates

function statusOf(fields: Fields, kind: Kind, problems: string[], m: MedicationMessages): MedicationStatus {
  const status = STATUSES[kind].get(text(fields.status));
  if (status === undefined) problems.push(m.missingStatus);
  return status ?? 'unknown';
}

function statusReasonOf(fields: Fields, context: Context): string {
  const reasons = list(fields.statusReason)
    .map((reason) => formatCodeableConcept(element(reason) as CodeableConcept | undefined, context.format))
    .filter(Boolean);
  return [...new Set(reasons)].join('; ');
}

function datesOf(
  fields: Fields,
  kind: Kind,
  context: Context,
  problems: string[],
): { start?: MedicationDate; end?: MedicationDate } {
  let start: MedicationDate | undefined;
  let end: MedicationDate | undefined;
  if (kind === 'MedicationStatement') {
    const period = element(fields.effectivePeriod);
    start =
      readDate(period?.start, 'effectivePeriod.start', context, problems) ??
      readDate(fields.effectiveDateTime, 'effectiveDateTime', context, problems);
    end = readDate(period?.end, 'effectivePeriod.end', context, problems);
  } else if (kind === 'MedicationRequest') {
    const bounds = list(fields.dosageInstruction)
      .map((dosage) => element(element(element(element(dosage)?.timing)?.repeat)?.boundsPeriod))
      .find((period) => period !== undefined);
    start =
      readDate(bounds?.start, 'boundsPeriod.start', context, problems) ??
      readDate(fields.authoredOn, 'authoredOn', context, problems);
    end = readDate(bounds?.end, 'boundsPeriod.end', context, problems);
  } else {
    start =
      readDate(fields.whenHandedOver, 'whenHandedOver', context, problems) ??
      readDate(fields.whenPrepared, 'whenPrepared', context, problems);
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

function readDate(value: unknown, field: string, context: Context, problems: string[]): MedicationDate | undefined {
  if (value === undefined || value === null) return undefined;
  const written = typeof value === 'string' ? value.trim() : '';
  // Long lists repeat their dates (meta.lastUpdated, renewal days): each is read and formatted once.
  let date = context.dates.get(written);
  if (date === undefined) {
    const parsed = written ? parsePartialDate(written, context.timeZone) : undefined;
    const shown = parsed ? formatDate(written, context.format) : '';
    date = parsed && shown ? { value: written, precision: parsed.precision, text: shown } : null;
    if (parsed && date) spans.set(date, { startMs: parsed.start.getTime(), endMs: parsed.end.getTime() });
    context.dates.set(written, date);
  }
  if (date === null) problems.push(context.m.unreadableDate(field));
  return date ?? undefined;
}

// Where each date read here starts and ends, so sorting and "current" never parse it again.
const spans = new WeakMap<MedicationDate, { readonly startMs: number; readonly endMs: number }>();

function spanOf(date: MedicationDate, timeZone?: string): { readonly startMs: number; readonly endMs: number } {
  const known = spans.get(date);
  if (known) return known;
  const parsed = parsePartialDate(date.value, timeZone);
  const span = parsed
    ? { startMs: parsed.start.getTime(), endMs: parsed.end.getTime() }
    : { startMs: Number.NEGATIVE_INFINITY, endMs: Number.NEGATIVE_INFINITY };
  spans.set(date, span);
  return span;
}

function periodText(start: MedicationDate | undefined, end: MedicationDate | undefined, context: Context): string {
  const key = `${start?.value ?? ''}|${end?.value ?? ''}`;
  let shown = context.periods.get(key);
  if (shown === undefined) {
    shown = formatPeriod(
      { ...(start ? { start: start.value } : {}), ...(end ? { end: end.value } : {}) },
      context.format,
    );
    context.periods.set(key, shown);
  }
  return shown;
}

function latest(dates: readonly (MedicationDate | undefined)[], context: Context): MedicationDate | undefined {
  let best: MedicationDate | undefined;
  let bestMs = -Infinity;
  for (const date of dates) {
    const ms = date ? spanOf(date, context.timeZone).startMs : -Infinity;
    if (date && ms > bestMs) {
      best = date;
      bestMs = ms;
    }
  }
  return best;
}

function lastChangedOf(fields: Fields, context: Context, problems: string[]): MedicationDate | undefined {
  for (const extension of list(fields.extension)) {
    const ext = element(extension);
    if (!/last-?changed/i.test(text(ext?.url))) continue;
    const value = ext?.valueDateTime ?? ext?.valueInstant ?? ext?.valueDate;
    const date = readDate(value, 'lastchanged', context, problems);
    if (date) return date;
  }
  return readDate(element(fields.meta)?.lastUpdated, 'meta.lastUpdated', context, problems);
}

function startMs(row: MedicationRow, context: Context): number {
  return row.start ? spanOf(row.start, context.timeZone).startMs : -Infinity;
}

// ---------------------------------------------------------------------------------------------
// Who and where

function resolve(reference: Fields, container: Fields, context: Context): Fields | undefined {
  const target = text(reference.reference);
  if (!target) return undefined;
  if (target.startsWith('#')) {
    if (target === '#') return container;
    const id = target.slice(1);
    return list(container.contained)
      .map(element)
      .find((resource) => resource?.id === id);
  }
  const key = referenceKey(reference);
  return context.related.get(target) ?? (key === undefined ? undefined : context.related.get(key));
}

function referenceType(reference: Fields, resolved: Fields | undefined): string {
  const type = text(resolved?.resourceType) || text(reference.type).replace(/^.*\//, '');
  const target = text(reference.reference);
  // `Type/id`, an absolute URL, or a conditional `Type?identifier=…` (Synthea's requesters).
  return type || (TYPE_ID.exec(target)?.[1] ?? CONDITIONAL.exec(target)?.[1] ?? '');
}

function prescriberOf(entry: Entry, requests: readonly Entry[], context: Context): MedicationPrescriber | undefined {
  const candidates: [Fields | undefined, Fields][] = [];
  for (const request of entry.kind === 'MedicationRequest' ? [entry, ...requests] : requests) {
    if (request.fields) candidates.push([element(request.fields.requester), request.fields]);
  }
  if (entry.kind === 'MedicationStatement' && entry.fields)
    candidates.push([element(entry.fields.informationSource), entry.fields]);
  for (const [reference, container] of candidates) {
    if (!reference) continue;
    const found = practitionerOf(reference, container, context);
    if (found) return found;
  }
  return undefined;
}

function practitionerOf(reference: Fields, container: Fields, context: Context): MedicationPrescriber | undefined {
  const resolved = resolve(reference, container, context);
  const type = referenceType(reference, resolved);
  if (type === 'PractitionerRole') {
    const practitionerRef = element(resolved?.practitioner);
    const practitioner = practitionerRef && resolved ? resolve(practitionerRef, resolved, context) : undefined;
    if (practitioner) return person(practitioner, practitionerRef, context);
    const name = text(reference.display) || text(practitionerRef?.display);
    return { name: name || formatReference(reference, context.format) };
  }
  if (type === 'Practitioner') {
    if (resolved) return person(resolved, reference, context);
    return { name: formatReference(reference, context.format) };
  }
  return undefined;
}

function person(practitioner: Fields, reference: Fields | undefined, context: Context): MedicationPrescriber {
  const name =
    formatHumanName(practitioner.name as HumanName[] | undefined, context.format) ||
    text(reference?.display) ||
    formatReference({ type: 'Practitioner' }, context.format);
  const hpr = list(practitioner.identifier)
    .map(element)
    .find((identifier) => text(identifier?.system) === HPR_SYSTEM);
  const number = hpr ? formatIdentifier(hpr, context.format) : '';
  return number ? { name, hpr: number } : { name };
}

function sourceOf(
  entry: Entry,
  requests: readonly Entry[],
  dispenses: readonly Entry[],
  context: Context,
): MedicationSource {
  const { m } = context;
  const references: [unknown, Fields][] = [];
  const push = (reference: unknown, container: Fields | undefined): void => {
    if (container) references.push([reference, container]);
  };
  if (entry.kind === 'MedicationStatement') push(entry.fields?.informationSource, entry.fields);
  if (entry.kind === 'MedicationDispense') {
    for (const performer of list(entry.fields?.performer)) push(element(performer)?.actor, entry.fields);
  }
  for (const request of entry.kind === 'MedicationRequest' ? [entry, ...requests] : requests) {
    push(request.fields?.requester, request.fields);
  }
  for (const dispense of dispenses) {
    for (const performer of list(dispense.fields?.performer)) push(element(performer)?.actor, dispense.fields);
  }
  const origin = entry.fields ? originOf(entry.raw as Resource) : undefined;
  for (const [reference, container] of references) {
    const organisation = organisationOf(element(reference), container, context);
    if (organisation) {
      const careLevel = organisation.careLevel ?? careLevelOfWords(origin?.label ?? '');
      return withCareLevel(organisation.label, careLevel, origin, m);
    }
  }
  const host = hostOf(element(entry.fields?.meta)?.source);
  const label = text(origin?.label) || host;
  return withCareLevel(label || m.unknownSource, careLevelOfWords(label), origin, m);
}

function withCareLevel(
  label: string,
  careLevel: CareLevel | undefined,
  origin: SourceOrigin | undefined,
  m: MedicationMessages,
): MedicationSource {
  return {
    label,
    ...(careLevel ? { careLevel } : {}),
    careLevelText: careLevel ? m[careLevel] : '',
    ...(origin ? { origin } : {}),
  };
}

function organisationOf(
  reference: Fields | undefined,
  container: Fields,
  context: Context,
): { label: string; careLevel?: CareLevel } | undefined {
  if (!reference) return undefined;
  const resolved = resolve(reference, container, context);
  const type = referenceType(reference, resolved);
  if (type === 'Organization') return organisation(resolved, reference, context);
  if (type === 'PractitionerRole' && resolved) {
    const orgRef = element(resolved.organization);
    return orgRef ? organisation(resolve(orgRef, resolved, context), orgRef, context) : undefined;
  }
  return undefined;
}

function organisation(
  resolved: Fields | undefined,
  reference: Fields,
  context: Context,
): { label: string; careLevel?: CareLevel } | undefined {
  const label = text(resolved?.name) || text(reference.display);
  if (!label) return undefined;
  const parentRef = element(resolved?.partOf);
  const parent = parentRef && resolved ? resolve(parentRef, resolved, context) : undefined;
  const words = [
    label,
    ...list(resolved?.type).map((type) => conceptText(type, context)),
    text(parent?.name) || text(parentRef?.display),
  ].join(' ');
  const careLevel = careLevelOfWords(words);
  return careLevel ? { label, careLevel } : { label };
}

function careLevelOfWords(words: string): CareLevel | undefined {
  if (/apotek|pharmacy/i.test(words)) return 'pharmacy';
  if (/fastleg|legekontor|legesenter|allmennlege|allmennmedisin/i.test(words)) return 'gp';
  if (/kommun|hjemmetjeneste|hjemmesykepleie|sykehjem|omsorg|helsestasjon|legevakt/i.test(words)) return 'municipal';
  if (/helseforetak|sykehus|hospital|spesialist|avdeling|klinikk|\bHF\b/i.test(words)) return 'specialist';
  return undefined;
}

function hostOf(source: unknown): string {
  const value = text(source);
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+)/i.exec(value);
  return match?.[1]?.replace(/^www\./i, '') ?? '';
}

// ---------------------------------------------------------------------------------------------
// Flags

function flagsOf(entries: readonly Entry[], context: Context): MedicationFlags {
  let selfReported = false;
  let multidose = false;
  let pll = false;
  let guardianReservation = false;
  for (const entry of entries) {
    const fields = entry.fields;
    if (!fields) continue;
    if (fields.reportedBoolean === true) selfReported = true;
    for (const name of ['reportedReference', 'informationSource'] as const) {
      const reference = element(fields[name]);
      const type = reference ? referenceType(reference, resolve(reference, fields, context)) : '';
      if (type === 'Patient' || type === 'RelatedPerson') selfReported = true;
    }
    for (const identifier of list(fields.identifier)) {
      const id = element(identifier);
      const type = element(id?.type);
      const named = [text(type?.text), ...list(type?.coding).map((coding) => text(element(coding)?.code))];
      if (named.some((name) => /^pll(-?id)?$/i.test(name)) || /pll/i.test(text(id?.system))) pll = true;
    }
    for (const extension of list(fields.extension)) {
      const ext = element(extension);
      const url = text(ext?.url);
      if (/multi-?dose/i.test(url) && isTrue(ext)) multidose = true;
      if (/guardian-?transparency-?reservation|vergeinnsyn/i.test(url) && isTrue(ext)) guardianReservation = true;
    }
  }
  return { selfReported, multidose, pll, guardianReservation };
}

function isTrue(extension: Fields | undefined): boolean {
  if (extension?.valueBoolean === true) return true;
  const coding = element(extension?.valueCoding);
  return /^(true|1|ja|yes)$/i.test(text(coding?.code));
}

// ---------------------------------------------------------------------------------------------
// Duplicates, order, groups, sorting and filtering

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

const USE_ORDER: readonly (MedicationUse | undefined)[] = ['fast', 'kur', 'ved-behov', undefined];

function useRank(row: MedicationRow): number {
  return USE_ORDER.indexOf(row.use);
}

function collator(locale: Locale): Intl.Collator {
  return new Intl.Collator(intlLocale(locale), { sensitivity: 'base', numeric: true });
}

function startTime(row: MedicationRow): number {
  return row.start ? spanOf(row.start).startMs : Number.NEGATIVE_INFINITY;
}

/**
 * The default order: current before past; current by bruk (fast, kur, ved behov, other); then by
 * name; then the newest start first; then the key, so the order never depends on the input's.
 */
export function compareDefault(locale: Locale = 'nb'): (a: MedicationRow, b: MedicationRow) => number {
  const names = collator(locale);
  return (a, b) =>
    Number(b.current) - Number(a.current) ||
    (a.current ? useRank(a) - useRank(b) : 0) ||
    names.compare(a.name, b.name) ||
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
  const names = collator(locale);
  const fallback = compareDefault(locale);
  const primary = (a: MedicationRow, b: MedicationRow): number => {
    switch (by) {
      case 'name':
        return sign * names.compare(a.name, b.name);
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
  return value
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
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

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
