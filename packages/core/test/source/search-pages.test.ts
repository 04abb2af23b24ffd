// `onPage` through every core source: the static source (one page), a merge (pages tagged with their
// origin, the same objects as in the result), the request cache (pages for the call that starts the
// request) and the guards (a throwing callback or a malformed page never breaks the search).
import { readFixtureSet } from '@samspill/fixtures/node';
import type { Resource } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import type { FhirSource, SearchOptions, SearchResult } from '../../src/source/fhir-source.js';
import { mergeSources, originOf } from '../../src/source/merge-sources.js';
import { cachedSource } from '../../src/source/request-cache.js';
import { guardedSearch } from '../../src/source/source-guard.js';
import { createStaticSource } from '../../src/source/static-source.js';

const hl7 = readFixtureSet('hl7-r4-examples').map(({ resource }) => resource);
const PAT1 = { patient: 'pat1' };
const empty: SearchResult = { resources: [], included: [], issues: [], failures: [], truncated: false };

/** `inner`'s answers in pages of `size` matches, one per tick, like a server following next links. */
function pagedSource(inner: FhirSource, size: number, gate?: () => Promise<void>): FhirSource {
  return {
    read: (reference, options) => inner.read(reference, options),
    async search(type, params, options) {
      await gate?.();
      const result = await inner.search(type, params, options?.signal ? { signal: options.signal } : {});
      for (let start = 0; start < result.resources.length; start += size) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        options?.onPage?.({ ...result, resources: result.resources.slice(start, start + size), included: [] });
      }
      return result;
    },
  };
}

/** The options of a search that records its pages. */
function recording(options: SearchOptions = {}) {
  const pages: SearchResult[] = [];
  return { pages, options: { ...options, onPage: (page: SearchResult) => pages.push(page) } };
}

const throwing: SearchOptions = {
  onPage: () => {
    throw new Error('the view broke');
  },
};

describe('onPage: static source', () => {
  it('reports the whole result once, with the same resources', async () => {
    const source = createStaticSource(hl7);
    const { pages, options } = recording();
    const result = await source.search(
      'MedicationRequest',
      { ...PAT1, _include: 'MedicationRequest:medication' },
      options,
    );
    expect(pages).toHaveLength(1);
    expect(pages[0]?.resources).toEqual(result.resources);
    expect(pages[0]?.resources[0]).toBe(result.resources[0]);
    expect(pages[0]?.included).toEqual(result.included);
    expect(result.resources.length).toBeGreaterThan(0);
  });

  it('reports nothing for a refused search, and a throwing callback changes nothing', async () => {
    const source = createStaticSource(hl7);
    const { pages, options } = recording();
    const refused = await source.search('MedicationRequest', { 'no-such-parameter': 'x' }, options);
    expect(refused.failures).toEqual([expect.objectContaining({ kind: 'unsupported' })]);
    expect(pages).toEqual([]);
    expect(await source.search('MedicationRequest', PAT1, throwing)).toEqual(
      await source.search('MedicationRequest', PAT1),
    );
  });
});

describe('onPage: mergeSources', () => {
  it('passes every member’s pages on, tagged with the origin, the same objects as in the result', async () => {
    const shared = createStaticSource(hl7);
    // The same objects in two merges: the second has to copy them to tag them, in pages and result alike.
    await mergeSources([{ source: shared, label: 'Først' }]).search('MedicationRequest', PAT1);
    const merged = mergeSources([
      { source: pagedSource(shared, 7), label: 'St. Olavs hospital' },
      { source: createStaticSource(hl7), label: 'Trondheim kommune' },
    ]);
    const { pages, options } = recording();
    const result = await merged.search('MedicationRequest', PAT1, options);
    const paged = pages.flatMap((page) => page.resources);
    expect(pages.length).toBeGreaterThan(2);
    expect(paged).toHaveLength(result.resources.length);
    const inResult = new Set(result.resources);
    expect(paged.every((resource) => inResult.has(resource))).toBe(true);
    const labels = paged.map((resource) => originOf(resource)?.label);
    expect(new Set(labels)).toEqual(new Set(['St. Olavs hospital', 'Trondheim kommune']));
    expect(labels.filter((label) => label === 'St. Olavs hospital')).toHaveLength(result.resources.length / 2);
  });

  it('a throwing callback leaves the merged result as it would be', async () => {
    const merged = mergeSources([{ source: pagedSource(createStaticSource(hl7), 5), label: 'Sykehus' }]);
    const result = await merged.search('MedicationRequest', PAT1, throwing);
    expect(result.failures).toEqual([]);
    expect(result.resources).toHaveLength((await merged.search('MedicationRequest', PAT1)).resources.length);
  });
});

describe('onPage: cachedSource', () => {
  it('gives pages to the call that starts the request; one joining it or served from the cache gets none', async () => {
    const gates: (() => void)[] = [];
    const gate = (): Promise<void> => new Promise((resolve) => gates.push(resolve));
    const cached = cachedSource(pagedSource(createStaticSource(hl7), 10, gate));
    const first = recording();
    const joining = recording();
    const pending = [
      cached.search('MedicationRequest', PAT1, first.options),
      cached.search('MedicationRequest', PAT1, joining.options),
    ];
    await Promise.resolve();
    for (const open of gates.splice(0)) open();
    const [a, b] = await Promise.all(pending);
    expect(first.pages.length).toBeGreaterThan(1);
    expect(first.pages.flatMap((page) => page.resources)).toEqual(a?.resources);
    expect(joining.pages).toEqual([]);
    expect(b?.resources).toEqual(a?.resources);

    const later = recording();
    expect((await cached.search('MedicationRequest', PAT1, later.options)).resources).toEqual(a?.resources);
    expect(later.pages).toEqual([]);
  });

  it('stops giving pages to a caller that has aborted, while others still wait', async () => {
    const cached = cachedSource(pagedSource(createStaticSource(hl7), 5));
    const controller = new AbortController();
    const first = recording({ signal: controller.signal });
    const pending = cached.search('MedicationRequest', PAT1, first.options);
    const staying = cached.search('MedicationRequest', PAT1);
    controller.abort();
    expect((await pending).failures).toEqual([expect.objectContaining({ kind: 'aborted' })]);
    expect((await staying).failures).toEqual([]);
    expect(first.pages).toEqual([]);
  });
});

describe('onPage: guards', () => {
  it('a throwing callback never breaks the search', async () => {
    const source = pagedSource(createStaticSource(hl7), 5);
    const expected = (await source.search('MedicationRequest', PAT1)).resources.length;
    expect((await guardedSearch(source, 'MedicationRequest', PAT1, throwing)).resources).toHaveLength(expected);
  });

  it('a page with entries that are not resources is checked like a result', async () => {
    const broken: FhirSource = {
      read: () => Promise.reject(new Error('unused')),
      search: ((_type: string, _params: unknown, options?: SearchOptions) => {
        options?.onPage?.({ ...empty, resources: [hl7[0], 'not a resource'] as unknown as Resource[] });
        return Promise.resolve(empty);
      }) as FhirSource['search'],
    };
    const { pages, options } = recording();
    await guardedSearch(broken, 'Observation', {}, options);
    expect(pages[0]?.resources).toEqual([hl7[0]]);
    expect(pages[0]?.failures).toEqual([expect.objectContaining({ kind: 'malformed' })]);
  });
});
