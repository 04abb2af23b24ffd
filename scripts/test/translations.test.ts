import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { untranslatedCatalogues } from '../../packages/core/src/i18n/catalogue.js';
import { root } from '../workspace-sources.mjs';

// Bokmål is in the bundle; nynorsk and English come from each package's locale modules, which the
// setup file imports as an app would. A catalogue they leave out would show bokmål to a reader of
// nynorsk without a word of warning: every one must be translated.

/** Every source module that defines a catalogue. */
function catalogueModules(): string[] {
  return readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const src = join(root, 'packages', entry.name, 'src');
      let files: string[];
      try {
        files = readdirSync(src, { recursive: true, encoding: 'utf8' });
      } catch {
        return [];
      }
      return files.filter((file) => file.endsWith('.ts')).map((file) => join(src, file));
    })
    .filter((file) => !/\.(stories|test)\.ts$/.test(file) && readFileSync(file, 'utf8').includes('defineCatalogue('));
}

describe('the locale modules', () => {
  it('translate every catalogue defined with bokmål alone into nynorsk and English', async () => {
    const modules = catalogueModules();
    expect(modules.length).toBeGreaterThan(10);
    const names = new Map<unknown, string>();
    for (const file of modules) {
      const exports = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) names.set(value, `${relative(root, file)} ${name}`);
    }
    const untranslated = untranslatedCatalogues().map(({ catalogue, missing }) => ({
      catalogue: names.get(catalogue) ?? 'a catalogue no module exports',
      missing,
    }));
    expect(untranslated).toEqual([]);
  });
});
