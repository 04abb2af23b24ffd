// `@samspill/core/data.js` is the entry for Node code: nothing it imports, however indirectly, may load
// Lit or touch the DOM at import time.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const IMPORT = /^(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm;

/** Every bare package the module graph below `entry` imports at run time (type-only imports excluded). */
function packagesImportedBy(entry: string, seen = new Set<string>(), found = new Set<string>()): Set<string> {
  if (seen.has(entry)) return found;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const match of text.matchAll(IMPORT)) {
    if (/^(?:import|export)\s+type\s/.test(match[0])) continue;
    const specifier = match[1] ?? match[2] ?? '';
    if (specifier.startsWith('.'))
      packagesImportedBy(join(dirname(entry), specifier.replace(/\.js$/, '.ts')), seen, found);
    else found.add(specifier);
  }
  return found;
}

describe('the data entry', () => {
  it('imports no Lit, so Node code can use the sources and formatters', () => {
    const packages = [...packagesImportedBy(join(SRC, 'data.ts'))];
    expect(packages.filter((name) => /^(lit|@lit\/)/.test(name))).toEqual([]);
  });

  it('is what the package entry re-exports, so the two never drift apart', () => {
    expect(readFileSync(join(SRC, 'index.ts'), 'utf8')).toContain("export * from './data.js';");
    expect([...packagesImportedBy(join(SRC, 'index.ts'))]).toContain('lit');
  });
});
