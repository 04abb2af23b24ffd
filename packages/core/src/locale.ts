/** The languages every Samspill string exists in: bokmål, nynorsk and English. */
export const LOCALES = ['nb', 'nn', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/**
 * What a `locale` property accepts: a shipped locale, or a BCP 47 tag in one of its languages (`nb-NO`,
 * `en-US`, the macrolanguage `no`). At runtime any other value is read as bokmål (`resolveLocale`).
 */
export type LocaleTag = Locale | 'no' | `${Locale | 'no'}-${string}`;

/** Bokmål: the written standard most Norwegian clinicians read daily. */
export const DEFAULT_LOCALE: Locale = 'nb';

/** The `Intl` locale for each: Norwegian conventions for both written standards, British English. */
const INTL_LOCALES: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** The BCP 47 tag `Intl` formatters should use for a locale. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALES[locale];
}

/**
 * Maps a BCP 47 language tag to a supported locale: `nb-NO` and the macrolanguage `no` to bokmål,
 * `nn-NO` to nynorsk, any `en-*` to English. Anything else, or nothing, falls back to bokmål.
 */
export function resolveLocale(tag: unknown): Locale {
  // Anything that is not a tag (a number, an object from untyped options) falls back like an unknown tag.
  const language = typeof tag === 'string' ? tag.trim().toLowerCase().split(/[-_]/)[0] : '';
  switch (language) {
    case 'nn':
      return 'nn';
    case 'en':
      return 'en';
    default:
      return DEFAULT_LOCALE;
  }
}

/**
 * The locale in force for an element: the nearest `lang` attribute on it or its ancestors, crossing
 * shadow-root boundaries, so a component follows the language of the page that embeds it.
 */
export function localeOf(element: Element): Locale {
  for (let node: Element | null = element; node !== null; node = parentAcrossShadow(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return resolveLocale(lang);
  }
  return DEFAULT_LOCALE;
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  // A shadow root by its `host`, not `instanceof ShadowRoot`: a server's DOM shim has no ShadowRoot class.
  return 'host' in root ? (root as ShadowRoot).host : null;
}
