// Resources → the allergy view for <sam-allergies>: pure functions, no DOM, no Lit. A patient's
// AllergyIntolerances become rows (current ones apart from inactive and resolved ones), statements
// that there is no known allergy, and a count of what was left out (refuted, entered in error) —
// with whether the allergies could be checked at all, from the load's outcomes.
import {
  collator,
  documentComposition,
  systemNames,
  untrusted,
  type ModelOptions,
  type SearchOutcome,
} from '@samspill/core/data.js';
import { allergyCheck, type AllergyCheck } from './allergies.check.js';
import { statementKind } from './allergies.codes.js';
import { createReader, list, resolve, type Fields } from './allergies.reader.js';
import { recordKey, type RecordContext } from './allergies.record.js';
import { allergyRow, type AllergyRow } from './allergies.row.js';
import { allergyStatement, STATEMENT_SCOPES, type AllergyStatement } from './allergies.statement.js';

const { element, text } = untrusted;

export interface AllergiesModelOptions extends ModelOptions {
  /**
   * How the load went (`loadAllergies`'s outcomes): whether the allergies were checked at all.
   * Without it the resources are taken as the whole record, as when an app gives them directly.
   */
  readonly outcomes?: readonly SearchOutcome[] | undefined;
}

export interface AllergiesModel {
  /** Current allergies and intolerances, in {@link compareAllergies} order: kritisk first. */
  readonly current: readonly AllergyRow[];
  /** Inactive and resolved ones, shown apart, in the same order. */
  readonly past: readonly AllergyRow[];
  /** "No known allergy" statements (current ones first); only what the codes say. */
  readonly statements: readonly AllergyStatement[];
  /** Records left out of the view, by why: counted, so the view can say so. */
  readonly excluded: { readonly refuted: number; readonly enteredInError: number };
  /** Whether the allergies could be checked: not when not granted, or when their search failed. */
  readonly check: AllergyCheck;
  /** What was wrong with the input outside any record (entries that are not resources). */
  readonly problems: readonly string[];
}

interface Found {
  readonly fields: Fields;
  readonly composition?: Fields;
}

/**
 * The allergies in `resources` (AllergyIntolerances, Bundles of them and what they refer to).
 * Total: any JSON gives a model, never a throw; no text shows `undefined`, `NaN` or raw JSON.
 */
export function allergiesModel(resources: unknown, options: AllergiesModelOptions = {}): AllergiesModel {
  const pool: Fields[] = [];
  const found: Found[] = [];
  const fullUrls = new Map<string, Fields>();
  let notResources = 0;
  const seen = new Set<unknown>();
  const add = (value: unknown, depth: number, fullUrl = '', composition?: Fields): void => {
    if (depth > 8 || seen.has(value)) return;
    if (typeof value === 'object' && value !== null) seen.add(value);
    if (Array.isArray(value)) {
      for (const item of list(value)) add(item, depth + 1, '', composition);
      return;
    }
    const fields = element(value);
    const type = text(fields?.resourceType);
    if (!fields || !/^[A-Z][A-Za-z]+$/.test(type)) {
      notResources++;
      return;
    }
    if (type === 'Bundle') {
      // The PLL from SFM is a document: its Composition says where every entry came from.
      const document = documentComposition(fields) ?? composition;
      for (const entry of list(fields.entry)) {
        const resource = element(entry)?.resource;
        if (resource !== undefined) add(resource, depth + 1, text(element(entry)?.fullUrl), document);
      }
      return;
    }
    if (fullUrl && !fullUrls.has(fullUrl)) fullUrls.set(fullUrl, fields);
    pool.push(fields);
    if (type === 'AllergyIntolerance') found.push(composition ? { fields, composition } : { fields });
  };
  add(resources, 0);
  const related = options.related;
  if (related instanceof Map) for (const value of related.values()) add(value, 1);
  else if (Array.isArray(related)) add(related, 0);

  const reader = createReader(options, pool, fullUrls);
  const systems = systemNames(
    found.map(({ fields }) => fields),
    { locale: reader.locale, resolve: (reference, container) => resolve(reader, reference, container) },
  );

  const current: AllergyRow[] = [];
  const past: AllergyRow[] = [];
  const statements: AllergyStatement[] = [];
  const excluded = { refuted: 0, enteredInError: 0 };
  const keys = new Set<string>();
  for (const [index, { fields, composition }] of found.entries()) {
    const written = recordKey(fields);
    // The same record twice (a search page and an include) is one; two organisations' are two.
    if (written !== undefined && keys.has(written)) continue;
    let key = written ?? `AllergyIntolerance#${String(index + 1)}`;
    while (keys.has(key)) key = `${key}~`;
    keys.add(key);
    const context: RecordContext = composition ? { systems, composition } : { systems };
    const kind = statementKind(fields.code);
    const record = kind
      ? allergyStatement(reader, fields, key, kind, context)
      : allergyRow(reader, fields, key, context);
    if (record.verification === 'refuted') {
      excluded.refuted++;
      continue;
    }
    // A statement entered in error never says "no known allergies", whatever the options.
    if (record.verification === 'entered-in-error' && (options.includeEnteredInError !== true || 'kind' in record)) {
      excluded.enteredInError++;
      continue;
    }
    if ('kind' in record) statements.push(record);
    else (record.current && record.verification !== 'entered-in-error' ? current : past).push(record);
  }
  current.sort(compareAllergies);
  past.sort(compareAllergies);

  return {
    current,
    past,
    statements: statements
      .map((statement) => ({ ...statement, contradicted: contradicts(statement, current) }))
      .sort((a, b) => Number(b.current) - Number(a.current) || newestFirst(a.recorded?.startMs, b.recorded?.startMs)),
    excluded,
    check: allergyCheck(options.outcomes),
    problems: notResources > 0 ? [reader.m.notAResource] : [],
  };
}

/** Whether a current statement is denied by a current allergy of the kind it speaks for. */
function contradicts(statement: AllergyStatement, current: readonly AllergyRow[]): boolean {
  const scope = STATEMENT_SCOPES[statement.kind];
  if (!statement.current || scope === undefined) return false;
  return current.some((row) => scope === 'all' || row.categories.includes(scope));
}

/** The later instant first; one without a date after every dated one. */
function newestFirst(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return b - a;
}

// Enough of a name to order by: a collator's work on a long run of combining marks grows with the
// square of its length.
const SORT_LENGTH = 200;

/**
 * Rows in the order a prescriber needs them: kritisk (criticality high) first, then medication
 * allergies, then the most recently recorded, then by substance (Norwegian order: æ, ø, å after z).
 */
export function compareAllergies(a: AllergyRow, b: AllergyRow): number {
  return (
    Number(b.critical) - Number(a.critical) ||
    Number(b.categories.includes('medication')) - Number(a.categories.includes('medication')) ||
    newestFirst(a.recorded?.startMs, b.recorded?.startMs) ||
    collator('nb').compare(a.substance.slice(0, SORT_LENGTH), b.substance.slice(0, SORT_LENGTH)) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
