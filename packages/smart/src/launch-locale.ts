// The language the clinician works in, as the EHR says it: a Norwegian clinician on an English browser
// still gets Norwegian inside the EHR. Only Samspill's locales count; any other tag is passed over.
import type { Locale } from '@samspill/core/data.js';

// ISO 639-1 and -2 codes; `no` (Norwegian) is read as bokmål, as Norwegian systems mean it.
const LANGUAGES: Readonly<Record<string, Locale>> = {
  nb: 'nb',
  no: 'nb',
  nob: 'nb',
  nor: 'nb',
  nn: 'nn',
  nno: 'nn',
  en: 'en',
  eng: 'en',
};

/**
 * The first of `tags` that names nb, nn or en. Each is a BCP 47 tag (`nn-NO`) or, like OpenID's
 * `ui_locales`, a space-separated list of them in order of preference; anything else is skipped.
 */
export function supportedLocale(...tags: unknown[]): Locale | undefined {
  for (const value of tags) {
    if (typeof value !== 'string') continue;
    for (const tag of value.trim().split(/\s+/)) {
      const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
      if (Object.hasOwn(LANGUAGES, language)) return LANGUAGES[language];
    }
  }
  return undefined;
}
