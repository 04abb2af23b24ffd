// The test runners behind `pnpm test` must fail loudly: a failing assertion or a test file that cannot
// load gives a non-zero exit, and the counts the summary adds up say so.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../workspace-sources.mjs';

function run(args: string[]) {
  const resultFile = join(mkdtempSync(join(tmpdir(), 'samspill-runner-')), 'result.json');
  const result = spawnSync('pnpm', ['exec', ...args.map((arg) => arg.replace('$RESULT', resultFile))], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SAMSPILL_RESULT_FILE: resultFile, FORCE_COLOR: '0' },
  });
  return { status: result.status, output: result.stdout + result.stderr, resultFile };
}

describe('test runners on deliberately failing tests', () => {
  it('Web Test Runner exits non-zero and counts the failed assertion and the file that cannot load', () => {
    const { status, output, resultFile } = run([
      'web-test-runner',
      '--config',
      'scripts/test/fixtures/runners/web-test-runner.config.mjs',
    ]);
    expect(status, output).not.toBe(0);
    expect(output).toContain("expected 'X' to equal 'not X'");
    expect(JSON.parse(readFileSync(resultFile, 'utf8'))).toEqual({ passed: 1, failed: 2 });
  }, 60_000);

  it('Vitest exits non-zero and reports the failure in its JSON counts', () => {
    const { status, output, resultFile } = run([
      'vitest',
      'run',
      '--config',
      'scripts/test/fixtures/runners/vitest.config.mjs',
      '--reporter=json',
      '--outputFile.json=$RESULT',
    ]);
    expect(status, output).not.toBe(0);
    const report = JSON.parse(readFileSync(resultFile, 'utf8')) as { numFailedTests: number };
    expect(report.numFailedTests).toBe(1);
  }, 60_000);
});
