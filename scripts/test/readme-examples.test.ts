// Every ```ts, ```tsx and ```js example in README.md, the packages' READMEs and docs/guides/*.md
// type-checks against the workspace sources with the repository's strict settings, one module per block
// (scripts/markdown-examples.mjs). A block marked `<!-- not-compiled: reason -->` is counted, not checked.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkMarkdownExamples, codeBlocks, markdownFiles } from '../markdown-examples.mjs';

describe('the Markdown examples', () => {
  let result: ReturnType<typeof checkMarkdownExamples>;

  beforeAll(() => {
    result = checkMarkdownExamples();
    console.info(
      `Markdown examples: ${String(result.compiled.length)} compiled, ${String(result.notCompiled.length)} not compiled ` +
        `(${result.notCompiled.map(({ file, line, reason }) => `${file}:${String(line)} ${reason}`).join('; ')})`,
    );
  }, 120_000);

  it('reads the root README, every package README and every guide', () => {
    const files = markdownFiles();
    expect(files).toContain('README.md');
    expect(files).toContain('packages/core/README.md');
    expect(files.some((file) => file.startsWith('docs/guides/'))).toBe(true);
  });

  it('type-checks every example', () => {
    expect(result.errors).toEqual([]);
    expect(result.compiled.length).toBeGreaterThan(0);
  });

  it('gives a reason for every example it does not compile', () => {
    expect(result.notCompiled.filter(({ reason }) => reason === '')).toEqual([]);
  });
});

describe('codeBlocks', () => {
  it('finds ts, tsx and js blocks with their first line, and the not-compiled marker before one', () => {
    const markdown = [
      '# Title', // 1
      '```ts', // 2
      'const a = 1;', // 3
      '```', // 4
      '```sh', // 5
      'npm install', // 6
      '```', // 7
      '<!-- not-compiled: needs vue -->', // 8
      '', // 9
      '```tsx', // 10
      '<A />', // 11
      '```', // 12
    ].join('\n');
    expect(codeBlocks(markdown)).toEqual([
      { lang: 'ts', line: 3, code: 'const a = 1;' },
      { lang: 'tsx', line: 11, code: '<A />', notCompiled: 'needs vue' },
    ]);
  });
});
