// A search answered as a FHIR server pages it. Matching, sorting and includes are core's
// (`createStaticSource`); this file only cuts the matches to what the scopes reach, then into pages,
// and writes the searchset Bundle.
import type { Bundle, BundleEntry, BundleLink, Resource } from 'fhir/r4.js';
import { mayRead, reachableIds, type AccessRule } from './access.js';
import { failure, type FhirResult } from './fhir-result.js';
import { idList } from './id-list.js';
import type { FhirContext } from './fhir-context.js';

export const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;
/** The paging parameter in `next` links: how many matches come before this page. */
export const OFFSET_PARAM = '_offset';
const INCLUDES = new Set(['_include', '_revinclude']);
/** Answered here (paging) or harmless to drop, never handed to core. */
const OWN = new Set(['_count', OFFSET_PARAM, '_format', '_pretty']);

export async function search(
  context: FhirContext,
  type: string,
  query: URLSearchParams,
  rules: readonly AccessRule[],
): Promise<FhirResult> {
  const count = wholeNumber(query.get('_count'), DEFAULT_PAGE_SIZE);
  const offset = wholeNumber(query.get(OFFSET_PARAM), 0);
  if (count === undefined || offset === undefined)
    return failure(400, 'invalid', `_count and ${OFFSET_PARAM} must be whole numbers.`);
  const pageSize = Math.min(count, MAX_PAGE_SIZE);

  const filters = toSearchParams(query, (name) => !OWN.has(name) && !INCLUDES.has(name));
  const matched = await context.source.search(type, filters);
  const refused = matched.failures[0];
  if (refused) return failure(refused.kind === 'unsupported' ? 400 : 500, 'not-supported', refused.message);
  // The scopes' reach (patient compartment, granular queries) cuts the matches before paging, so
  // totals and next links never count what the token may not see.
  const reachable = await reachableIds(context.source, context.patientLinked, type, rules, filters);
  if (reachable !== undefined && 'status' in reachable) return reachable;
  const resources =
    reachable === undefined
      ? matched.resources
      : matched.resources.filter((resource) => reachable.has(resource.id ?? ''));

  const page = resources.slice(offset, offset + pageSize);
  const included = await includesFor(context, type, page, query);
  if ('status' in included) return included;

  const entry: BundleEntry[] = [
    ...page.map((resource) => entryOf(context, resource, 'match')),
    ...included.map((resource) => entryOf(context, resource, 'include')),
  ];
  const link: BundleLink[] = [{ relation: 'self', url: pageUrl(context, type, query, pageSize, offset) }];
  if (offset + pageSize < resources.length)
    link.push({ relation: 'next', url: pageUrl(context, type, query, pageSize, offset + pageSize) });
  const bundle: Bundle = { resourceType: 'Bundle', type: 'searchset', total: resources.length, link, entry };
  return { status: 200, resource: bundle };
}

// Includes only for this page's matches: the same search again, narrowed to their ids.
async function includesFor(
  context: FhirContext,
  type: string,
  page: readonly Resource[],
  query: URLSearchParams,
): Promise<Resource[] | FhirResult> {
  const include = toSearchParams(query, (name) => INCLUDES.has(name));
  const ids = page.map((resource) => resource.id).filter((id): id is string => id !== undefined);
  if (Object.keys(include).length === 0 || ids.length === 0) return [];
  const result = await context.source.search(type, { ...include, _id: idList(ids) });
  const refused = result.failures[0];
  if (refused) return failure(400, 'not-supported', refused.message);
  // An include must not show what the scopes would refuse to read.
  const visible = await Promise.all(result.included.map((resource) => mayRead(context, resource)));
  return result.included.filter((_, index) => visible[index]);
}

function entryOf(context: FhirContext, resource: Resource, mode: 'match' | 'include'): BundleEntry {
  return {
    fullUrl: `${context.base}/${resource.resourceType}/${resource.id ?? ''}`,
    resource,
    search: { mode },
  };
}

function pageUrl(context: FhirContext, type: string, query: URLSearchParams, count: number, offset: number): string {
  const params = new URLSearchParams([...query].filter(([name]) => name !== '_count' && name !== OFFSET_PARAM));
  params.set('_count', String(count));
  if (offset > 0) params.set(OFFSET_PARAM, String(offset));
  return `${context.base}/${type}?${params.toString()}`;
}

function toSearchParams(query: URLSearchParams, keep: (name: string) => boolean): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  for (const [name, value] of query) if (keep(name)) (params[name] ??= []).push(value);
  return params;
}

/** The page a search asks for: `_count` (the default when absent or not a number), at most the largest page. */
export function requestedPageSize(query: URLSearchParams): number {
  return Math.min(wholeNumber(query.get('_count'), DEFAULT_PAGE_SIZE) ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
}

export function wholeNumber(text: string | null, fallback: number): number | undefined {
  if (text === null) return fallback;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}
