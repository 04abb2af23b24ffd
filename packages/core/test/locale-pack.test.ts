import { describe, expect, it } from 'vitest';
import { defineCatalogue, translate, isTranslated } from '../src/i18n/catalogue.js';
import { loadLocale, LocaleLoadError, localeLoaded, type LocalePack } from '../src/i18n/locale-pack.js';

/** A pack whose nynorsk fails the first `failures` times it is fetched. */
function pack(name: string, failures = 0) {
  const words = defineCatalogue({ yes: 'ja' });
  const calls = { nn: 0, en: 0 };
  const pack: LocalePack = {
    name,
    load: {
      nn: () => {
        calls.nn += 1;
        if (calls.nn <= failures) return Promise.reject(new TypeError('offline'));
        translate(words, 'nn', { yes: 'ja' });
        return Promise.resolve();
      },
      en: () => {
        calls.en += 1;
        translate(words, 'en', { yes: 'yes' });
        return Promise.resolve();
      },
    },
  };
  return { pack, calls, words };
}

describe('defineCatalogue with bokmål alone', () => {
  it('is bokmål in every locale until translated', () => {
    const { words } = pack('a');
    expect(words.en.yes).toBe('ja');
    expect(isTranslated(words, 'en')).toBe(false);
    translate(words, 'en', { yes: 'yes' });
    expect(words.en.yes).toBe('yes');
    expect(isTranslated(words, 'en')).toBe(true);
    expect(isTranslated(words, 'nb')).toBe(true);
  });

  it('refuses translations for a catalogue that has them already', () => {
    const eager = defineCatalogue({ yes: 'ja' }, { nn: { yes: 'ja' }, en: { yes: 'yes' } });
    expect(() => {
      translate(eager, 'en', { yes: 'yes' });
    }).toThrow(TypeError);
  });
});

describe('loadLocale', () => {
  it('fetches each pack once per locale, however many ask', async () => {
    const a = pack('a');
    const b = pack('b');
    expect(localeLoaded('en', [a.pack, b.pack])).toBe(false);
    await Promise.all([loadLocale('en', [a.pack, b.pack]), loadLocale('en', [a.pack])]);
    await loadLocale('en', [a.pack, b.pack]);
    expect([a.calls.en, b.calls.en]).toEqual([1, 1]);
    expect(localeLoaded('en', [a.pack, b.pack])).toBe(true);
    expect(a.words.en.yes).toBe('yes');
  });

  it('needs nothing for bokmål', async () => {
    const a = pack('a');
    await loadLocale('nb', [a.pack]);
    expect(localeLoaded('nb', [a.pack])).toBe(true);
    expect(a.calls).toEqual({ nn: 0, en: 0 });
  });

  it('names the packs that could not be fetched, loads the rest, and tries them again next time', async () => {
    const failing = pack('@samspill/failing', 1);
    const fine = pack('@samspill/fine');
    const error = await loadLocale('nn', [failing.pack, fine.pack]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocaleLoadError);
    expect((error as LocaleLoadError).packs).toEqual(['@samspill/failing']);
    expect((error as LocaleLoadError).locale).toBe('nn');
    expect((error as LocaleLoadError).cause).toBeInstanceOf(TypeError);
    expect(localeLoaded('nn', [fine.pack])).toBe(true);
    expect(localeLoaded('nn', [failing.pack])).toBe(false);
    await loadLocale('nn', [failing.pack, fine.pack]);
    expect(failing.calls.nn).toBe(2);
    expect(fine.calls.nn).toBe(1);
  });
});
