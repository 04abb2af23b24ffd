#!/usr/bin/env node
// `pnpm test`: every check of the workspace, in order, each counted, then one closing line
// `N passed, N failed`. A suite that exits non-zero without reporting a failure counts one.
// `pnpm test unit browser` runs only the named suites.
import { spawn } from 'node:child_process';
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

/**
 * `together`: a one-thread check that runs beside the other `together` ones next to it (on two cores,
 * the type check and Prettier fit beside ESLint), its output shown when they are all done.
 * @type {{ name: string, what: string, steps: string[][], counts?: (file: string) => Counts, together?: boolean }[]}
 */
export const SUITES = [
  { name: 'types', what: 'type-check every project (tsc -b)', steps: [['pnpm', 'typecheck']], together: true },
  {
    name: 'lint',
    what: 'ESLint (typescript-eslint, lit, wc, lit-a11y)',
    steps: [['pnpm', 'exec', 'eslint', '.']],
    together: true,
  },
  {
    name: 'format',
    what: 'Prettier check',
    steps: [['pnpm', 'exec', 'prettier', '--check', '.']],
    together: true,
  },
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

/**
 * Runs a suite's steps in order, stopping at the first that fails; counts come from the last step's
 * result file. With `capture`, the output is kept and returned rather than shown as it comes.
 */
async function runSuite(suite, resultFile, { capture = false } = {}) {
  let status = 0;
  let output = '';
  for (const [command, ...args] of suite.steps) {
    status = await new Promise((done) => {
      const child = spawn(
        command,
        args.map((arg) => arg.replace('$RESULT', resultFile)),
        {
          stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
          env: { ...process.env, SAMSPILL_RESULT_FILE: resultFile, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
        },
      );
      child.stdout?.on('data', (chunk) => (output += chunk));
      child.stderr?.on('data', (chunk) => (output += chunk));
      child.on('error', (error) => {
        output += `${error.message}\n`;
        done(1);
      });
      child.on('close', (code) => done(code ?? 1));
    });
    if (status !== 0) break;
  }
  let counts;
  try {
    counts = suite.counts ? suite.counts(resultFile) : JSON.parse(readFileSync(resultFile, 'utf8'));
  } catch {
    counts = undefined; // a check that reports no counts of its own (tsc, eslint, prettier) is one check
  }
  return { status, counts, output };
}

/** The suites in runs: neighbours marked `together` share one, every other suite has its own. */
function batches(suites) {
  const runs = [];
  for (const suite of suites) {
    const last = runs.at(-1);
    if (suite.together && last?.[0]?.together) last.push(suite);
    else runs.push([suite]);
  }
  return runs;
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
  for (const run of batches(selected)) {
    const capture = run.length > 1;
    const finished = await Promise.all(
      run.map(async (suite) => {
        const header = `\n━━ ${suite.name}: ${suite.what}`;
        if (!capture) console.log(header);
        const started = Date.now();
        const result = await runSuite(suite, join(scratch, `${suite.name}.json`), { capture });
        return { suite, header, ...result, seconds: (Date.now() - started) / 1000 };
      }),
    );
    for (const { suite, header, status, counts, output, seconds } of finished) {
      if (capture) process.stdout.write(`${header}\n${output}`);
      results.push({ name: suite.name, status, counts, seconds });
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  const { lines, total } = summarize(results);
  console.log(`\n${lines.join('\n')}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}
