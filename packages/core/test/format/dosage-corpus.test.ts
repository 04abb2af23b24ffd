// Every Dosage found in the public fixture sets (HL7 R4 examples, Synthea, Norwegian LMDI), extracted
// by packages/fixtures/scripts/extract-dosages.mjs: each must read as a sentence in every locale.
import { readFixture } from '@samspill/fixtures/node';
import type { Dosage } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatDosage, formatDosageLines } from '../../src/format/dosage.js';
import { LOCALES } from '../../src/locale.js';

interface CorpusEntry {
  readonly sources: readonly string[];
  readonly dosage: Dosage;
}

const corpus = readFixture('dosage-corpus.json') as unknown as readonly CorpusEntry[];

/** The traces of a missing value, a bad number, an object or raw JSON. */
const FORBIDDEN = ['undefined', 'null', 'NaN', 'Infinity', '[object Object]', 'Invalid Date', '{"', '":'];

describe('the dosage corpus', () => {
  it('holds Dosages from every kind of source', () => {
    expect(Array.isArray(corpus)).toBe(true);
    expect(corpus.length).toBeGreaterThan(0);
    const sources = corpus.flatMap((entry) => entry.sources);
    for (const set of ['hl7-r4-examples/', 'norway/fhi-lmdi/', 'synthea-']) {
      expect(sources.some((source) => source.startsWith(set))).toBe(true);
    }
    // Deduplicated: no Dosage twice.
    expect(new Set(corpus.map((entry) => JSON.stringify(entry.dosage))).size).toBe(corpus.length);
  });

  it.each(LOCALES)('every entry reads as a sentence in %s', (locale) => {
    let formatted = 0;
    for (const { sources, dosage } of corpus) {
      const line = formatDosage(dosage, { locale, timeZone: 'Europe/Oslo' });
      const where = `${sources[0] ?? '?'} (${locale}): ${line}`;
      expect(line.trim(), where).not.toBe('');
      for (const word of FORBIDDEN) expect(line, where).not.toContain(word);
      expect(formatDosageLines(dosage, { locale }), where).toEqual([line]);
      formatted += 1;
    }
    expect(formatted).toBe(corpus.length);
  });
});
