// References between the resources of one call: the resource a reference points at, whether
// contained, `_include`d, read or given, and what type it names.
import { referenceKey, referenceType as namedType, untrusted } from '@samspill/core/data.js';
import type { Context } from './medication-entry.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

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

/** The type of what a reference points at: the resolved resource's, else the one the reference names. */
export function referenceType(reference: Fields, resolved: Fields | undefined): string {
  return text(resolved?.resourceType) || namedType(reference);
}
