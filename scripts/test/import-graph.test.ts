import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  describeCycle,
  importCycles,
  moduleSpecifiers,
  resolveSpecifier,
  stronglyConnectedComponents,
} from '../import-graph.mjs';

/** A graph from `a: b c` lines, so each case reads as its picture. */
function graph(...lines: string[]): Map<string, string[]> {
  return new Map(
    lines.map((line) => {
      const [file = '', targets = ''] = line.split(':');
      return [file.trim(), targets.split(' ').filter(Boolean)];
    }),
  );
}

describe('importCycles', () => {
  it('finds a cycle of two', () => {
    expect(importCycles(graph('a: b', 'b: a', 'c: a'))).toEqual([['a', 'b', 'a']]);
  });

  it('finds a cycle of three, whichever file it is entered from', () => {
    expect(importCycles(graph('x: b', 'a: b', 'b: c', 'c: a'))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('finds a file that imports itself', () => {
    expect(importCycles(graph('a: a b', 'b:'))).toEqual([['a', 'a']]);
  });

  it('finds nothing in a graph without cycles, diamonds and missing files included', () => {
    expect(importCycles(graph('a: b c', 'b: d', 'c: d', 'd: elsewhere'))).toEqual([]);
  });

  it('names every file of a component of several cycles', () => {
    const cycles = importCycles(graph('a: b', 'b: a c', 'c: b'));
    expect(cycles).toEqual([
      ['a', 'b', 'a'],
      ['c', 'b', 'c'],
    ]);
    expect(stronglyConnectedComponents(graph('a: b', 'b: a c', 'c: b'))).toEqual([['a', 'b', 'c']]);
  });

  it('keeps separate cycles apart', () => {
    expect(importCycles(graph('a: b', 'b: a c', 'c: d', 'd: c'))).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
    ]);
  });
});

describe('moduleSpecifiers', () => {
  it('reads every kind of import and re-export, type-only ones too, but never comments or strings', () => {
    const text = [
      "import type { A } from './a.js';",
      "import { type B, c } from './b.js';",
      "import './effect.js';",
      "export * from './star.js';",
      "export type { D } from './d.js';",
      "const lazy = await import('./lazy.js');",
      "type T = import('./t.js').T;",
      "// import { x } from './comment.js';",
      'const text = "import { y } from \'./string.js\'";',
    ].join('\n');
    expect(moduleSpecifiers(text)).toEqual([
      './a.js',
      './b.js',
      './effect.js',
      './star.js',
      './d.js',
      './lazy.js',
      './t.js',
    ]);
  });
});

describe('resolveSpecifier', () => {
  const importer = join('/repo', 'packages', 'p', 'src', 'a.ts');
  const files = new Set(
    ['b.ts', 'view.tsx', join('dir', 'index.ts')].map((file) => join('/repo', 'packages', 'p', 'src', file)),
  );
  const isFile = (path: string) => files.has(path);

  it('maps .js to the .ts or .tsx it is compiled from', () => {
    expect(resolveSpecifier('./b.js', importer, isFile)).toBe(join('/repo', 'packages', 'p', 'src', 'b.ts'));
    expect(resolveSpecifier('./view.js', importer, isFile)).toBe(join('/repo', 'packages', 'p', 'src', 'view.tsx'));
    expect(resolveSpecifier('./dir/index.js', importer, isFile)).toBe(
      join('/repo', 'packages', 'p', 'src', 'dir', 'index.ts'),
    );
  });

  it('leaves assets and other packages alone', () => {
    expect(resolveSpecifier('./app.css', importer, isFile)).toBeUndefined();
    expect(resolveSpecifier('lit', importer, isFile)).toBeUndefined();
  });

  it('follows a workspace package to its source', () => {
    expect(resolveSpecifier('@samspill/core/data.js', importer)).toMatch(/packages[/\\]core[/\\]src[/\\]data\.ts$/);
  });
});

describe('describeCycle', () => {
  it('is one line of repository-relative paths', () => {
    expect(describeCycle(['/repo/p/a.ts', '/repo/p/b.ts', '/repo/p/a.ts'], '/repo')).toBe('p/a.ts → p/b.ts → p/a.ts');
  });
});
