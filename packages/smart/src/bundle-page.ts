import type { OperationOutcomeIssue, Resource } from 'fhir/r4.js';
import { outcomeIssues } from './http-failure.js';

/** One searchset page, split the way `SearchResult` keeps it. */
export interface BundlePage {
  readonly matches: Resource[];
  readonly included: Resource[];
  readonly issues: OperationOutcomeIssue[];
  /** The `next` link as the server wrote it. */
  readonly next?: string;
  readonly total?: number;
}

/** A Bundle's page, or `undefined` when `body` is not a Bundle. */
export function bundlePage(body: unknown): BundlePage | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const bundle = body as { resourceType?: unknown; entry?: unknown; link?: unknown; total?: unknown };
  if (bundle.resourceType !== 'Bundle') return undefined;
  const matches: Resource[] = [];
  const included: Resource[] = [];
  const issues: OperationOutcomeIssue[] = [];
  for (const entry of Array.isArray(bundle.entry) ? (bundle.entry as unknown[]) : []) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { resource, search } = entry as { resource?: unknown; search?: unknown };
    if (!isResource(resource)) continue;
    const mode = typeof search === 'object' && search !== null ? (search as { mode?: unknown }).mode : undefined;
    if (mode === 'outcome') issues.push(...outcomeIssues(resource));
    else if (mode === 'include') included.push(resource);
    // An entry without a mode is a match: many servers leave it out.
    else matches.push(resource);
  }
  const next = nextLink(bundle.link);
  return {
    matches,
    included,
    issues,
    ...(next !== undefined && { next }),
    ...(typeof bundle.total === 'number' && { total: bundle.total }),
  };
}

function nextLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  for (const link of links as unknown[]) {
    if (typeof link !== 'object' || link === null) continue;
    const { relation, url } = link as { relation?: unknown; url?: unknown };
    if (relation === 'next' && typeof url === 'string' && url !== '') return url;
  }
  return undefined;
}

export function isResource(value: unknown): value is Resource {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { resourceType?: unknown }).resourceType === 'string'
  );
}
