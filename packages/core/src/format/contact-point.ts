import type { ContactPoint } from 'fhir/r4.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale } from '../locale.js';
import type { FormatOptions } from './format-options.js';
import { element, text } from './untrusted.js';

export const messages = defineCatalogue({
  phone: 'Telefon',
  fax: 'Faks',
  email: 'E-post',
  pager: 'Personsøker',
  url: 'Nettside',
  sms: 'SMS',
  mobile: 'Mobil',
  mobileUse: 'mobil',
  home: 'hjem',
  work: 'arbeid',
  temp: 'midlertidig',
  old: 'gammel',
});

type Key = keyof (typeof messages)['nb'];

// Maps, so a hostile `system` such as "constructor" finds nothing.
const SYSTEMS = new Map<unknown, Key>([
  ['phone', 'phone'],
  ['fax', 'fax'],
  ['email', 'email'],
  ['pager', 'pager'],
  ['url', 'url'],
  ['sms', 'sms'],
]);
const USES = new Map<unknown, Key>([
  ['home', 'home'],
  ['work', 'work'],
  ['temp', 'temp'],
  ['old', 'old'],
  ['mobile', 'mobileUse'],
]);

/**
 * A contact point with what it is: "Mobil: 912 34 567", "Telefon (arbeid): 75 58 98 89",
 * "E-post: post@example.no". Norwegian numbers (8 digits, optionally +47) are grouped the Norwegian
 * way; any other number is shown as written. Nothing is shown without a value.
 */
export function formatContactPoint(contactPoint: ContactPoint | undefined, options?: FormatOptions): string {
  const fields = element(contactPoint);
  const value = text(fields?.value);
  if (!fields || !value) return '';
  const m = messages[resolveLocale(options?.locale)];
  const system = SYSTEMS.get(fields.system);
  const use = USES.get(fields.use);
  const shown = system === 'email' || system === 'url' ? value : formatPhoneNumber(value);
  // A mobile phone is just "Mobil"; any other use qualifies the system: "Telefon (hjem)".
  const mobilePhone = use === 'mobileUse' && (system === undefined || system === 'phone' || system === 'sms');
  const what = mobilePhone ? m.mobile : system && m[system];
  const qualifier = mobilePhone || !use ? undefined : m[use];
  const label = what && qualifier ? `${what} (${qualifier})` : (what ?? capitalise(qualifier ?? ''));
  return label ? `${label}: ${shown}` : shown;
}

/** "91234567" → "912 34 567", "+4733445566" → "+47 33 44 55 66"; anything else unchanged. */
function formatPhoneNumber(value: string): string {
  const match = /^(\+47|0047)?(\d{8})$/.exec(value.replace(/[\s().-]/g, ''));
  const digits = match?.[2];
  if (!digits) return value;
  // Mobile (4, 9) and service (8) numbers are read 3-2-3, landlines in pairs.
  const grouped = /^[489]/.test(digits)
    ? digits.replace(/^(\d{3})(\d{2})(\d{3})$/, '$1 $2 $3')
    : digits.replace(/^(\d{2})(\d{2})(\d{2})(\d{2})$/, '$1 $2 $3 $4');
  return match[1] ? `+47 ${grouped}` : grouped;
}

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase() + word.slice(1);
}
