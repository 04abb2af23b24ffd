// No source file of a package grows past what one reader holds in mind: split by concern first.
// Tests, stories and the nb/nn/en catalogues (*.labels.ts, *.messages.ts) are long by nature.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repositoryPath, sourceFiles } from '../import-graph.mjs';

const MAX_LINES = 500;
const EXEMPT = /\.(stories|labels|messages)\.ts$/;

describe('the source of every package', () => {
  it(`has no file over ${String(MAX_LINES)} lines`, () => {
    const long = sourceFiles().flatMap((file) => {
      const path = repositoryPath(file);
      if (!path.startsWith('packages/') || EXEMPT.test(path)) return [];
      const lines = readFileSync(file, 'utf8').split('\n').length;
      return lines > MAX_LINES ? [`${path}: ${String(lines)} lines`] : [];
    });
    expect(long).toEqual([]);
  });
});
