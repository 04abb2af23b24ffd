import { isolateBidi } from '../format/display-text.js';
import type { Locale } from '../locale.js';

const AND: Readonly<Record<Locale, string>> = { nb: 'og', nn: 'og', en: 'and' };

/**
 * "a, b og c": a list in running text. Written out rather than through Intl.ListFormat, which
 * falls back to English where the browser has no nynorsk data (Debian's Chromium among them).
 * An item that could turn the others around (right-to-left text, a U+202E) is isolated.
 */
export function formatList(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items[0] ?? '';
  const isolated = items.map(isolateBidi);
  return `${isolated.slice(0, -1).join(', ')} ${AND[locale]} ${isolated.at(-1) ?? ''}`;
}
