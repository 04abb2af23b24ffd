import type { Reference, Resource } from 'fhir/r4';

/** A resource's identity on a server: its type and logical id. */
export interface ResourceKey {
  readonly type: string;
  readonly id: string;
}

// `Type/id` at the end of a relative or absolute URL, with an optional `_history/version`.
const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

/** The literal reference of a Reference or a reference string; `undefined` for a logical-only Reference. */
export function referenceText(reference: unknown): string | undefined {
  if (typeof reference === 'string') return reference || undefined;
  if (typeof reference !== 'object' || reference === null) return undefined;
  const text = (reference as Reference).reference;
  return typeof text === 'string' && text !== '' ? text : undefined;
}

/**
 * The type and id a literal reference points at: `Patient/1`, `https://fhir.example/r4/Patient/1` and
 * `Patient/1/_history/2` all point at Patient 1 (a version is not an identity). `undefined` for
 * contained (`#id`) and `urn:` references, which only their container or Bundle can resolve.
 */
export function parseReference(reference: string): ResourceKey | undefined {
  if (reference.startsWith('#') || reference.startsWith('urn:')) return undefined;
  const match = TYPE_ID.exec(reference);
  return match?.[1] && match[2] ? { type: match[1], id: match[2] } : undefined;
}

/** The key of a resource that has an id. */
export function keyOf(resource: Resource): ResourceKey | undefined {
  return typeof resource.resourceType === 'string' && typeof resource.id === 'string' && resource.id !== ''
    ? { type: resource.resourceType, id: resource.id }
    : undefined;
}

/** One string per key, for Maps and Sets. */
export function keyText(key: ResourceKey): string {
  return `${key.type}/${key.id}`;
}
