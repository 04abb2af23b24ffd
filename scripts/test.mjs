#!/usr/bin/env node
// `pnpm test`: every check of the workspace, in order, each counted, then one closing line
// `N passed, N failed`. A suite that exits non-zero without reporting a failure counts one.
// `pnpm test unit browser` runs only the named suites.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarize } from './summary.mjs';

/** @typedef {{ passed: number, failed: number }} Counts */

/** Counts from a Vitest JSON report. */
function vitestCounts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

/** @type {{ name: string, what: string, steps: string[][], counts?: (file: string) => Counts }[]} */
export const SUITES = [
  { name: 'types', what: 'type-check every project (tsc -b)', steps: [['pnpm', 'typecheck']] },
  {
    name: 'lint',
    what: 'ESLint (typescript-eslint, lit, wc, lit-a11y)',
    steps: [['pnpm', 'exec', 'eslint', '--concurrency', '2', '.']],
  },
  { name: 'format', what: 'Prettier check', steps: [['pnpm', 'exec', 'prettier', '--check', '.']] },
  {
    name: 'unit',
    what: 'pure code and tooling in Node (Vitest)',
    steps: [['pnpm', 'exec', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=$RESULT']],
    counts: vitestCounts,
  },
  {
    name: 'browser',
    what: 'element tests in Chromium (Web Test Runner)',
    steps: [['pnpm', 'exec', 'web-test-runner']],
  },
  {
    name: 'e2e',
    what: 'the clinician app built and launched from the sandbox in Chromium (Vitest + playwright-core)',
    steps: [
      [
        'pnpm',
        'exec',
        'vitest',
        'run',
        '--config',
        'vitest.e2e.config.mjs',
        '--reporter=default',
        '--reporter=json',
        '--outputFile.json=$RESULT',
      ],
    ],
    counts: vitestCounts,
  },
  {
    name: 'stories',
    what: 'Storybook static build, every story opened in Chromium',
    steps: [
      ['pnpm', 'build-storybook'],
      ['node', 'scripts/smoke-stories.mjs', 'storybook-static'],
    ],
  },
  {
    name: 'packages',
    what: 'library builds, tarball contents, a plain Vite app importing each package',
    steps: [
      ['pnpm', 'build'],
      ['node', 'scripts/check-packages.mjs'],
    ],
  },
];

/** Runs a suite's steps in order, stopping at the first that fails; counts come from the last step's result file. */
function runSuite(suite, resultFile) {
  let status = 0;
  for (const [command, ...args] of suite.steps) {
    const result = spawnSync(
      command,
      args.map((arg) => arg.replace('$RESULT', resultFile)),
      {
        stdio: 'inherit',
        env: { ...process.env, SAMSPILL_RESULT_FILE: resultFile, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
      },
    );
    status = result.status ?? 1;
    if (status !== 0) break;
  }
  let counts;
  try {
    counts = suite.counts ? suite.counts(resultFile) : JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {
    counts = undefined; // a check that reports no counts of its own (tsc, eslint, prettier) is one check
  }
  return { status, counts };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown suite ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}.`);
    process.exit(2);
  }
  const selected = wanted.length > 0 ? SUITES.filter((suite) => wanted.includes(suite.name)) : SUITES;
  const scratch = mkdtempSync(join(tmpdir(), 'samspill-test-'));
  const results = [];
  for (const suite of selected) {
    console.log(`\n━━ ${suite.name}: ${suite.what}`);
    const started = Date.now();
    const { status, counts } = runSuite(suite, join(scratch, `${suite.name}.json`));
    results.push({ name: suite.name, status, counts, seconds: (Date.now() - started) / 1000 });
  }
  rmSync(scratch, { recursive: true, force: true });
  const { lines, total } = summarize(results);
  console.log(`\n${lines.join('\n')}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}
