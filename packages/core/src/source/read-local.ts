import type { Reference, Resource } from 'fhir/r4.js';
import type { ReadOptions, ReadResult } from './fhir-source.js';
import { keyOf, parseReference, referenceText, type ResourceKey } from './fhir-reference.js';
import { isResource } from './resource-store.js';
import { sourceFailure } from './source-failure.js';

/**
 * A read answered from what the caller already holds, without asking any source: a `#id` from
 * `options.container`, or a resource in `options.included`. `undefined` when a source must answer.
 */
export function readLocal<T extends Resource = Resource>(
  reference: Reference | string,
  options?: ReadOptions,
): ReadResult<T> | undefined {
  const text = referenceText(reference);
  if (text === undefined) return undefined;
  if (text.startsWith('#')) return readContained<T>(text.slice(1), options?.container);
  const key = parseReference(text);
  const included: unknown = options?.included;
  const found = key && Array.isArray(included) && (included as unknown[]).find((item) => sameKey(item, key));
  return found ? { resource: found as T } : undefined;
}

// `#` alone is the container itself (a contained resource pointing back at it).
function readContained<T extends Resource>(id: string, container: Resource | undefined): ReadResult<T> {
  if (id === '' && isResource(container)) return { resource: container as T };
  const contained: unknown = isResource(container) ? (container as { contained?: unknown }).contained : undefined;
  const found = Array.isArray(contained)
    ? (contained as unknown[]).find((item) => isResource(item) && item.id === id)
    : undefined;
  return found
    ? { resource: found as T }
    : { failure: sourceFailure('not-found', `#${id} is not contained in the given container.`) };
}

function sameKey(item: unknown, wanted: ResourceKey): boolean {
  const key = isResource(item) ? keyOf(item) : undefined;
  return key?.type === wanted.type && key.id === wanted.id;
}
