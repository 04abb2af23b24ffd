import type { Address } from 'fhir/r4.js';
import { displayNames } from '../i18n/intl-format.js';
import { resolveLocale, type Locale } from '../locale.js';
import type { FormatOptions } from './format-options.js';
import { type Fields, element, list, text } from './untrusted.js';

export interface AddressFormatOptions extends FormatOptions {
  /** One part per line (street, "postnummer poststed", …) instead of one comma-separated line. */
  readonly multiline?: boolean;
}

// no-basis puts the kommune's code on `district`; the archived LMDI draft has its own URL for it.
const MUNICIPALITY_CODE = /\/(?:no-basis|lmdi)-municipalitycode$/;

const NORWAY = /^(?:no|nor|578|norge|noreg|norway)$/i;

/**
 * An address the Norwegian way: "Karisvingen 44, 0603 Oslo", `city` being the poststed. The
 * kommune (`district`, or the name on its no-basis municipality code) follows when it is not the
 * poststed; the fylke (`state`) only abroad or when nothing narrower is known; the country only
 * abroad. `text` stands in when there are no parts, and a bare kommune code when it is all there is.
 */
export function formatAddress(address: Address | undefined, options?: AddressFormatOptions): string {
  const fields = element(address);
  if (!fields) return '';
  const locale = resolveLocale(options?.locale);
  const city = text(fields.city);
  const municipality = municipalityCoding(fields);
  const district = text(fields.district) || text(municipality?.display);
  const country = text(fields.country);
  const abroad = country !== '' && !NORWAY.test(country);
  const parts = [
    ...list(fields.line).map(text),
    [text(fields.postalCode), city].filter(Boolean).join(' '),
    district.toLowerCase() === city.toLowerCase() ? '' : district,
    abroad || (!city && !district) ? text(fields.state) : '',
    abroad ? countryName(country, locale) : '',
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(options?.multiline === true ? '\n' : ', ');
  return text(fields.text) || text(municipality?.code) || (country ? countryName(country, locale) : '');
}

function municipalityCoding(address: Fields): Fields | undefined {
  const extensions = list(element(address._district)?.extension).map(element);
  const extension = extensions.find((candidate) => MUNICIPALITY_CODE.test(text(candidate?.url)));
  return element(extension?.valueCoding);
}

/** "SE" → "Sverige" in the reader's language; other spellings of a country are shown as given. */
function countryName(country: string, locale: Locale): string {
  if (!NORWAY.test(country) && !/^[A-Za-z]{2}$/.test(country)) return country;
  const code = NORWAY.test(country) ? 'NO' : country.toUpperCase();
  try {
    return displayNames(locale, { type: 'region' }).of(code) ?? country;
  } catch {
    // A runtime without region names still shows the code.
    return country;
  }
}
