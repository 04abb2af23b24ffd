import { defineCatalogue, statusPresentation, type Locale } from '@samspill/core/data.js';

/** Statuses core's status words do not name (results, documents, appointments, conditions). */
export const statusWords = defineCatalogue({
  final: 'Endelig',
  preliminary: 'Foreløpig',
  amended: 'Endret',
  corrected: 'Korrigert',
  appended: 'Tillegg',
  registered: 'Registrert',
  partial: 'Delvis',
  current: 'Gjeldende',
  superseded: 'Erstattet',
  noshow: 'Møtte ikke',
  pending: 'Venter',
  waitlist: 'På venteliste',
  'checked-in': 'Innsjekket',
  'not-done': 'Ikke utført',
  triaged: 'Triagert',
  resolved: 'Løst',
  inactive: 'Inaktiv',
  remission: 'I remisjon',
  recurrence: 'Tilbakefall',
  relapse: 'Tilbakefall',
  'in-progress': 'Pågår',
});

/** A status in words: core's status words, then the timeline's own; empty for a code neither knows. */
export function statusText(status: string, locale: Locale): string {
  if (!status) return '';
  const code = status.toLowerCase();
  const shown = statusPresentation(code, locale).label;
  if (shown !== code) return shown;
  const own: Readonly<Record<string, string>> = statusWords[locale];
  return Object.hasOwn(own, code) ? (own[code] ?? '') : '';
}
