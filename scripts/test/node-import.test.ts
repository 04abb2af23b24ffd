// Every entry point of every package imports in plain Node, with no DOM: a server imports the components
// to render them (@lit-labs/ssr), or a package just for its types and data functions. Browser APIs wait
// for connectedCallback, firstUpdated or updated, which no server calls.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from '../workspace-sources.mjs';

interface Manifest {
  name: string;
  bin?: Record<string, string>;
  exports?: Record<string, string | { default?: string }>;
}

const manifests = readdirSync(`${root}/packages`)
  .map((name) => JSON.parse(readFileSync(`${root}/packages/${name}/package.json`, 'utf8')) as Manifest)
  .filter((manifest) => manifest.name.startsWith('@samspill/'));

/** `@samspill/<name>` and each of its subpaths built from source; not package.json, nor a CLI (importing one runs it). */
function entryPoints({ name, bin = {}, exports = {} }: Manifest): string[] {
  const cli = new Set(Object.values(bin));
  return Object.entries(exports)
    .filter(([, target]) => {
      const file = typeof target === 'string' ? target : target.default;
      return file?.startsWith('./dist/') === true && !cli.has(file);
    })
    .map(([subpath]) => name + subpath.slice(1));
}

describe('importing in Node', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  for (const specifier of manifests.flatMap((manifest) => entryPoints(manifest))) {
    it(`does not throw: ${specifier}`, async () => {
      await expect(import(/* @vite-ignore */ specifier)).resolves.toBeTypeOf('object');
    });
  }

  it("registers the elements with Lit's server-side registry", async () => {
    for (const entry of [
      'core/define',
      'medication-list/define',
      'allergies/define',
      'care-plan/define',
      'timeline/define',
      'timeline/define-overview',
    ])
      await import(`@samspill/${entry}.js`);
    for (const tag of [
      'sam-fhir-context',
      'sam-notice',
      'sam-status',
      'sam-medication-list',
      'sam-allergies',
      'sam-care-plan',
      'sam-timeline',
      'sam-timeline-overview',
    ])
      expect(customElements.get(tag), tag).toBeTypeOf('function');
  });
});
