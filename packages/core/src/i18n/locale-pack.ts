import type { Locale } from '../locale.js';
import type { TranslatedLocale } from './catalogue.js';

/**
 * One package's strings in the locales besides bokmål, each behind a dynamic import that a bundler
 * splits into a chunk of its own: a page fetches nynorsk only when something is shown in nynorsk.
 * A module of the pack calls `translate` for the catalogues it covers.
 */
export interface LocalePack {
  /** The package, for messages: `@samspill/medication-list`. */
  readonly name: string;
  readonly load: Readonly<Record<TranslatedLocale, () => Promise<unknown>>>;
}

/** A pack that could not be fetched: its strings stay in bokmål. */
export class LocaleLoadError extends Error {
  override readonly name = 'LocaleLoadError';
  readonly locale: Locale;
  readonly packs: readonly string[];

  constructor(locale: Locale, packs: readonly string[], cause: unknown) {
    super(`The ${locale} strings of ${packs.join(', ')} could not be loaded; bokmål is shown instead.`, { cause });
    this.locale = locale;
    this.packs = packs;
  }
}

// Each pack's load per locale, once: a page with twenty lists fetches nynorsk once.
const loads = new WeakMap<LocalePack, Map<TranslatedLocale, Promise<void>>>();
const done = new WeakMap<LocalePack, Set<TranslatedLocale>>();

/** Whether every pack's strings for a locale are here (bokmål always is). */
export function localeLoaded(locale: Locale, packs: readonly LocalePack[]): boolean {
  return locale === 'nb' || packs.every((pack) => done.get(pack)?.has(locale));
}

/**
 * Loads the packs' strings for a locale. Rejects with a `LocaleLoadError` naming the packs that
 * could not be fetched, after the others have loaded; those are tried again on the next call.
 */
export async function loadLocale(locale: Locale, packs: readonly LocalePack[]): Promise<void> {
  if (locale === 'nb') return;
  const results = await Promise.allSettled(packs.map((pack) => loadPack(pack, locale)));
  const failed = packs.filter((_, i) => results[i]?.status === 'rejected');
  if (failed.length > 0) {
    const reason: unknown = results.find((result) => result.status === 'rejected')?.reason;
    throw new LocaleLoadError(
      locale,
      failed.map((pack) => pack.name),
      reason,
    );
  }
}

function loadPack(pack: LocalePack, locale: TranslatedLocale): Promise<void> {
  let byLocale = loads.get(pack);
  if (!byLocale) loads.set(pack, (byLocale = new Map<TranslatedLocale, Promise<void>>()));
  let load = byLocale.get(locale);
  if (!load) {
    load = pack.load[locale]().then(
      () => {
        let loaded = done.get(pack);
        if (!loaded) done.set(pack, (loaded = new Set<TranslatedLocale>()));
        loaded.add(locale);
      },
      (error: unknown) => {
        byLocale.delete(locale);
        throw error;
      },
    );
    byLocale.set(locale, load);
  }
  return load;
}
