// References between the resources of one call: their `Type/id` keys, and the resource a reference
// points at, whether contained, `_include`d, read or given.
import { untrusted } from '@samspill/core/data.js';
import type { Context } from './medication-entry.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

const TYPE_ID = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;
const CONDITIONAL = /^([A-Z][A-Za-z]+)\?/;

export function identity(fields: Fields): string | undefined {
  const type = fields.resourceType;
  const id = fields.id;
  return typeof type === 'string' && typeof id === 'string' && id !== '' ? `${type}/${id}` : undefined;
}

export function referenceKey(reference: unknown): string | undefined {
  const target = text(element(reference)?.reference);
  if (!target || target.startsWith('#')) return undefined;
  const match = TYPE_ID.exec(target);
  return match ? `${match[1] ?? ''}/${match[2] ?? ''}` : target;
}

export function resolve(reference: Fields, container: Fields, context: Context): Fields | undefined {
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

export function referenceType(reference: Fields, resolved: Fields | undefined): string {
  const type = text(resolved?.resourceType) || text(reference.type).replace(/^.*\//, '');
  const target = text(reference.reference);
  // `Type/id`, an absolute URL, or a conditional `Type?identifier=…` (Synthea's requesters).
  return type || (TYPE_ID.exec(target)?.[1] ?? CONDITIONAL.exec(target)?.[1] ?? '');
}
