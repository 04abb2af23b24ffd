// References between the resources of one call: the resource a reference points at, whether
// contained, `_include`d, read or given, and what type it names.
import { referenceType as namedType, resolveReference, untrusted } from '@samspill/core/data.js';
import type { Context } from './medication-entry.js';

const { text } = untrusted;
type Fields = untrusted.Fields;

export function resolve(reference: Fields, container: Fields, context: Context): Fields | undefined {
  return resolveReference(context.related, reference, container);
}

/** The type of what a reference points at: the resolved resource's, else the one the reference names. */
export function referenceType(reference: Fields, resolved: Fields | undefined): string {
  return text(resolved?.resourceType) || namedType(reference);
}
