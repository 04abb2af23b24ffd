// References between resources, read the same way everywhere: what `Type/id` a reference points at,
// and what a resource's own `Type/id` is. Every reader takes untrusted JSON and never throws.
import type { Reference, Resource } from 'fhir/r4.js';
import { type Fields, element, list, text } from '../format/untrusted.js';

/** A resource's identity on a server: its type and logical id. */
export interface ResourceKey {
  readonly type: string;
  readonly id: string;
}

// `Type/id` at the end of a relative or absolute URL, with an optional `_history/version`.
const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;
// A conditional reference, `Type?identifier=…` (Synthea writes its practitioners so).
const CONDITIONAL = /^([A-Z][A-Za-z]+)\?/;
const TYPE_NAME = /^[A-Z][A-Za-z]+$/;

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

/**
 * `Type/id` of what a Reference (or a reference string) points at, relative, absolute or versioned:
 * the key to look it up by among resources at hand. `undefined` for contained, `urn:` and
 * logical-only references, and for anything that is not a reference.
 */
export function referenceKey(reference: unknown): string | undefined {
  const text = referenceText(reference);
  const key = text === undefined ? undefined : parseReference(text);
  return key && keyText(key);
}

/** `Type/id` of a resource that has a resource type and an id; `undefined` for anything else. */
export function resourceKey(resource: unknown): string | undefined {
  if (typeof resource !== 'object' || resource === null) return undefined;
  const { resourceType, id } = resource as { resourceType?: unknown; id?: unknown };
  return typeof resourceType === 'string' && TYPE_NAME.test(resourceType) && typeof id === 'string' && id !== ''
    ? `${resourceType}/${id}`
    : undefined;
}

/**
 * The resource type a Reference names: its `type` (the last segment of a profile URL), else its
 * literal target's, conditional ones included; '' when it names none.
 */
export function referenceType(reference: unknown): string {
  if (typeof reference !== 'object' || reference === null) return '';
  const { type, reference: target } = reference as { type?: unknown; reference?: unknown };
  const declared = typeof type === 'string' ? type.trim().replace(/^.*\//, '') : '';
  if (TYPE_NAME.test(declared)) return declared;
  const literal = typeof target === 'string' ? target.trim() : '';
  return TYPE_ID.exec(literal)?.[1] ?? CONDITIONAL.exec(literal)?.[1] ?? '';
}

/**
 * The resource a reference points at among those at hand: `#id` a resource `container` holds (`#`
 * alone the container itself), else `index` by the target's `Type/id`, else by the reference as
 * written (a Bundle's `fullUrl`, a `urn:uuid:`). Undefined for a display-only reference or one not
 * loaded. Total over any JSON.
 */
export function resolveReference(
  index: ReadonlyMap<string, Fields>,
  reference: unknown,
  container?: Fields,
): Fields | undefined {
  const target = text(element(reference)?.reference);
  if (!target) return undefined;
  if (target.startsWith('#')) {
    const id = target.slice(1);
    if (!id) return container;
    return list(container?.contained)
      .map(element)
      .find((contained) => contained !== undefined && text(contained.id) === id);
  }
  const key = referenceKey(reference);
  return (key === undefined ? undefined : index.get(key)) ?? index.get(target);
}
