// A CodeableConcept in words only when it has words: a bare code is not something to show a clinician.
import type { CodeableConcept } from 'fhir/r4.js';
import { formatCodeableConcept, untrusted } from '@samspill/core/data.js';
import type { Context } from './medication-entry.js';

const { element, list, text } = untrusted;

/** Whether a concept has words to show (text or a display), as opposed to bare codes. */
export function namedConcept(concept: unknown): boolean {
  const fields = element(concept);
  if (!fields) return false;
  return text(fields.text) !== '' || list(fields.coding).some((coding) => text(element(coding)?.display) !== '');
}

export function conceptText(concept: unknown, context: Context): string {
  return namedConcept(concept) ? formatCodeableConcept(concept as CodeableConcept, context.format) : '';
}
