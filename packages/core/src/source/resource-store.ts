import type { Bundle, Resource } from 'fhir/r4.js';
import { keyOf, keyText, parseReference, type ResourceKey } from './fhir-reference.js';

/** Resources held in memory, indexed the ways search and read need them. */
export interface ResourceStore {
  /** Every resource of one type, in the order it was given. */
  ofType(type: string): readonly Resource[];
  /** The resource a reference points at: a Bundle `fullUrl` (`urn:uuid:…`), `Type/id` or a URL ending in it. */
  resolve(reference: string): Resource | undefined;
  /** The identity a reference points at, even when the store does not hold the resource. */
  keyOfReference(reference: string): ResourceKey | undefined;
}

export function isResource(value: unknown): value is Resource {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const type = (value as { resourceType?: unknown }).resourceType;
  return typeof type === 'string' && type !== '';
}

/**
 * Indexes resources and Bundles (nested ones too) by type, identity and Bundle `fullUrl`. Contained
 * resources stay in their container, as on a server. When the same `Type/id` comes twice, the later
 * copy replaces the earlier one in place: a server holds one current version. Anything that is not a
 * resource is left out.
 */
export function createStore(input: unknown): ResourceStore {
  const all: Resource[] = [];
  const slots = new Map<string, number>();
  const byFullUrl = new Map<string, Resource>();
  for (const { resource, fullUrl } of flatten(input, new Set())) {
    const key = keyOf(resource);
    const slot = key && slots.get(keyText(key));
    if (slot === undefined) {
      if (key) slots.set(keyText(key), all.length);
      all.push(resource);
    } else {
      all[slot] = resource;
    }
    if (fullUrl !== undefined) byFullUrl.set(fullUrl, resource);
  }

  const byType = new Map<string, Resource[]>();
  for (const resource of all) {
    const ofType = byType.get(resource.resourceType);
    if (ofType) ofType.push(resource);
    else byType.set(resource.resourceType, [resource]);
  }
  const byKey = (key: ResourceKey | undefined): Resource | undefined => {
    const slot = key && slots.get(keyText(key));
    return slot === undefined ? undefined : all[slot];
  };

  return {
    ofType: (type) => byType.get(type) ?? [],
    resolve(reference) {
      if (reference.startsWith('#')) return undefined;
      const entry = byFullUrl.get(reference);
      // Through the key, so a replaced copy resolves to the current one.
      return entry ? (byKey(keyOf(entry)) ?? entry) : byKey(parseReference(reference));
    },
    keyOfReference(reference) {
      const entry = byFullUrl.get(reference);
      return entry ? keyOf(entry) : parseReference(reference);
    },
  };
}

interface Entry {
  readonly resource: Resource;
  readonly fullUrl?: string;
}

function* flatten(input: unknown, seen: Set<unknown>, fullUrl?: unknown): Generator<Entry> {
  if (Array.isArray(input)) {
    for (const item of input as unknown[]) yield* flatten(item, seen);
    return;
  }
  // `seen` guards against object graphs that contain themselves (not JSON, but possible).
  if (!isResource(input) || seen.has(input)) return;
  seen.add(input);
  if (input.resourceType !== 'Bundle') {
    yield typeof fullUrl === 'string' && fullUrl !== '' ? { resource: input, fullUrl } : { resource: input };
    return;
  }
  const entries: unknown = (input as Bundle).entry;
  if (!Array.isArray(entries)) return;
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { resource, fullUrl: url } = entry as { resource?: unknown; fullUrl?: unknown };
    yield* flatten(resource, seen, url);
  }
}
