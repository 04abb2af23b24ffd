import { formatList } from '../src/i18n/list.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, resolveLocale } from '../src/locale.js';

describe('resolveLocale', () => {
  it.each([
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['NO', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['nn_NO', 'nn'],
    ['en', 'en'],
    ['en-GB', 'en'],
    [' EN-us ', 'en'],
  ])('maps %j to %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });

  it.each([undefined, null, '', 'sv-SE', 'se', 'x', '<script>', 42, {}, ['en']])(
    'falls back to bokmål for %j',
    (tag) => {
      expect(resolveLocale(tag)).toBe(DEFAULT_LOCALE);
      expect(DEFAULT_LOCALE).toBe('nb');
    },
  );
});

describe('formatList', () => {
  it('writes a list in running text, the same in every browser', () => {
    expect(formatList([], 'nb')).toBe('');
    expect(formatList(['mål'], 'nn')).toBe('mål');
    expect(formatList(['mål', 'planer'], 'nb')).toBe('mål og planer');
    expect(formatList(['goals', 'plans', 'tasks'], 'en')).toBe('goals, plans and tasks');
  });
});
