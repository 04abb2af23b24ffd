// No module of the workspace's source takes part in an import cycle, type-only imports and imports
// across packages included: see scripts/import-graph.mjs for why.
import { describe, expect, it } from 'vitest';
import { describeCycle, importCycles, importGraph, repositoryPath, sourceFiles } from '../import-graph.mjs';

const { graph, unresolved } = importGraph(sourceFiles());

describe('the source of every package and example', () => {
  it('has no import cycle', () => {
    expect(importCycles(graph).map((cycle) => describeCycle(cycle))).toEqual([]);
  });

  it('resolves every relative import of code, so no edge of the graph is quietly missing', () => {
    expect(unresolved.map(({ file, specifier }) => `${repositoryPath(file)} imports ${specifier}`)).toEqual([]);
  });

  it('follows imports across packages', () => {
    const targets = [...graph.values()].flat().map((file) => repositoryPath(file));
    expect(targets).toContain('packages/core/src/data.ts');
  });
});
