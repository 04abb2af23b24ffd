// Pathological Unicode in the timeline's text paths: what its search normalises and its filters sort
// stays bounded by the text's length, never by the square of a run of combining marks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeSearch, sourceFacets } from '../src/timeline.filter.js';
import type { TimelineEvent } from '../src/timeline.event.js';

const MARKS = 100_000;
const longestRun = (text: string) =>
  Math.max(0, ...[...text.matchAll(/\p{M}+/gu)].map(([run]) => Array.from(run).length));
const zalgo = (base: string) =>
  base + Array.from({ length: MARKS }, (_, i) => String.fromCharCode(0x300 + ((i * 7) % 0x70))).join('');

/** An object holding `name` as `target` has it now: spied on, the original stays reachable through it. */
function originalOf(target: object, name: string): object {
  return Object.defineProperty({}, name, Object.getOwnPropertyDescriptor(target, name)!);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('normalizeSearch with pathological text', () => {
  it('decomposes (NFD) only what is left once the marks are gone, and finds the same words', () => {
    const normalised: number[] = [];
    const normalize = originalOf(String.prototype, 'normalize');
    vi.spyOn(String.prototype, 'normalize').mockImplementation(function (this: string, form?: string) {
      normalised.push(this.length);
      return Reflect.apply(Reflect.get(normalize, 'normalize') as () => string, this, [form]) as string;
    });
    expect(normalizeSearch(`${zalgo('Tromsø')} Ålesund`)).toBe('tromso alesund');
    // NFD reorders a run of marks in time growing with its square: it must never see one.
    expect(Math.max(...normalised)).toBeLessThan(20);
  });
});

describe('sourceFacets with pathological organisation names', () => {
  it('hands the collator names with their runs of marks capped', () => {
    const compared: string[] = [];
    const original = originalOf(Intl.Collator.prototype as object, 'compare');
    vi.spyOn(Intl.Collator.prototype, 'compare', 'get').mockImplementation(function (this: Intl.Collator) {
      const compare = Reflect.get(original, 'compare', this) as Intl.Collator['compare'];
      return (a: string, b: string) => {
        compared.push(a, b);
        return compare(a, b);
      };
    });
    const event = (label: string) =>
      ({ source: { key: label.slice(0, 8), label, careLevel: 'kommune', careLevelText: 'Kommune' } }) as TimelineEvent;
    const facets = sourceFacets([event(zalgo('Bodø')), event(zalgo('Alta')), event(zalgo('Moss'))]);
    expect(facets.map((facet) => facet.label.slice(0, 4))).toEqual(['Alta', 'Bodø', 'Moss']);
    // The labels themselves stay whole: only the comparison's work is capped.
    expect(facets[0]?.label).toHaveLength(4 + MARKS);
    expect(compared.length).toBeGreaterThan(0);
    expect(Math.max(...compared.map(longestRun))).toBe(30);
  });
});
