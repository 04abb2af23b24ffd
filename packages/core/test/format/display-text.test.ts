import { describe, expect, it } from 'vitest';
import { capMarks, displayText, isolateBidi, MAX_MARKS } from '../../src/format/display-text.js';
import { formatList } from '../../src/i18n/list.js';
import { formatSourceJson } from '../../src/format/source-json.js';

/** The longest run of characters that extend the one before (marks, skin tones, joiners, tags). */
const longestRun = (text: string) =>
  Math.max(
    0,
    ...[...text.matchAll(/(?:[\p{M}\p{Emoji_Modifier}\u200C\u{E0020}-\u{E007F}]|\u200D)+/gu)].map(
      ([run]) => Array.from(run).length,
    ),
  );

// What makes layout, NFD and collation cost grow with the square of a run: one base, very many marks.
const PATHOLOGICAL = {
  'a and 10 000 acute accents': `a${'\u0301'.repeat(10_000)}`,
  'zalgo of mixed classes': `Z${Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(0x300 + ((i * 7) % 0x70))).join('')}`,
  '10 000 skin tones': `👍${'\u{1F3FB}'.repeat(10_000)}`,
  '10 000 variation selectors': `a${'\uFE0F'.repeat(10_000)}`,
  '10 000 joiners': `a${'\u200D'.repeat(10_000)}`,
  'a tag run': `🏴${'\u{E0067}'.repeat(10_000)}`,
};

describe('capMarks', () => {
  for (const [name, text] of Object.entries(PATHOLOGICAL)) {
    it(`cuts ${name} to ${String(MAX_MARKS)} after its base, whatever the length`, () => {
      const capped = capMarks(text);
      expect(longestRun(capped)).toBe(MAX_MARKS);
      expect(Array.from(capped)).toHaveLength(MAX_MARKS + 1);
      // The work left for layout, normalisation and collation does not grow with the input.
      expect(capMarks(text + Array.from(text).slice(1).join(''))).toBe(capped);
    });
  }

  it('leaves real text alone: Vietnamese, Devanagari, emoji families and flags, and long words', () => {
    for (const text of ['Nguyễn Thị Hồng', 'हिन्दी', '👨‍👩‍👧‍👦 🏴󠁧󠁢󠁳󠁣󠁴󠁿 👍🏽', 'Tromsø', 'x'.repeat(50_000)]) {
      expect(capMarks(text)).toBe(text);
    }
  });
});

describe('isolateBidi', () => {
  it('wraps text with a direction override or right-to-left letters in FSI … PDI, and nothing else', () => {
    expect(isolateBidi('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
    expect(isolateBidi('שלום')).toBe('\u2068שלום\u2069');
    expect(isolateBidi('Tromsø')).toBe('Tromsø');
  });

  it('drops a PDI that would close the isolate early, so the override stays inside', () => {
    expect(isolateBidi('a\u2069\u202Eb')).toBe('\u2068a\u202Eb\u2069');
    expect(isolateBidi('\u2067a\u2069\u2069b')).toBe('\u2068\u2067a\u2069b\u2069');
  });

  it('keeps every item of a list to itself', () => {
    expect(formatList(['\u202Eblodtrykk', 'puls', 'vekt'], 'nb')).toBe('\u2068\u202Eblodtrykk\u2069, puls og vekt');
  });
});

describe('displayText', () => {
  it('says when it cut something, and not otherwise', () => {
    expect(displayText(PATHOLOGICAL['a and 10 000 acute accents'])).toEqual({
      text: `a${'\u0301'.repeat(MAX_MARKS)}`,
      shortened: true,
    });
    expect(displayText('Blodtrykk')).toEqual({ text: 'Blodtrykk', shortened: false });
  });
});

describe('formatSourceJson with pathological text', () => {
  it('writes the record exactly, the marks past the limit and direction controls as JSON escapes', () => {
    const resource = { resourceType: 'Condition', code: { text: `\u202E${PATHOLOGICAL['10 000 skin tones']}` } };
    const json = formatSourceJson([resource]);
    expect(JSON.parse(json)).toEqual(resource);
    expect(longestRun(json)).toBe(MAX_MARKS);
    expect(json).toContain('"\\u202e👍');
    expect(json).toContain('\\ud83c\\udffb');
  });
});
