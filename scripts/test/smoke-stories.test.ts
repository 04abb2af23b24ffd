// The story smoke test against a real Storybook build whose stories misbehave in every way it must catch.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { smokeStories } from '../smoke-stories.mjs';
import { root } from '../workspace-sources.mjs';

describe('smokeStories', () => {
  let results: Map<string, string[]>;

  beforeAll(async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'samspill-smoke-')), 'storybook-static');
    execFileSync(
      'pnpm',
      ['exec', 'storybook', 'build', '--quiet', '-c', 'scripts/test/fixtures/storybook', '-o', out],
      { cwd: root, stdio: 'ignore' },
    );
    results = new Map((await smokeStories(out)).map(({ id, problems }) => [id, problems]));
  }, 120_000);

  it('opens every story', () => {
    expect([...results.keys()]).toEqual([
      'smoke--console-error',
      'smoke--good',
      'smoke--inaccessible',
      'smoke--missing-asset',
      'smoke--throws',
      'smoke--unregistered',
    ]);
  });

  it('passes a story that renders a defined element', () => {
    expect(results.get('smoke--good')).toEqual([]);
  });

  it('fails a story that throws', () => {
    expect(results.get('smoke--throws')?.join('\n')).toMatch(/boom from a story/);
  });

  it('fails a story that renders an element nobody defined', () => {
    expect(results.get('smoke--unregistered')).toContain('<fixture-never-defined> is used but never defined');
  });

  it('fails a story that logs a console error', () => {
    expect(results.get('smoke--console-error')).toContain('console error: something went wrong');
  });

  it('fails a story whose request fails', () => {
    expect(results.get('smoke--missing-asset')?.join('\n')).toMatch(/HTTP 404: .*does-not-exist\.png/);
  });

  it('fails a story with an accessibility violation', () => {
    expect(results.get('smoke--inaccessible')?.join('\n')).toMatch(/accessibility: image-alt/);
  });
});
