// One Web Test Runner setup for every package: element tests (test/**/*.browser.test.ts) in headless
// Chromium, TypeScript through esbuild, workspace packages served from source.
// Focus on one package with `pnpm test:browser --group core`.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { commonjsPlugin } from './scripts/wtr-commonjs.mjs';
import { cspPagePlugin } from './scripts/wtr-csp.mjs';
import { ssrCommandPlugin } from './scripts/wtr-ssr.mjs';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { root, workspaceSource } from './scripts/workspace-sources.mjs';

// One group per package that has element tests.
const packages = readdirSync(new URL('./packages', import.meta.url)).filter((name) => {
  const tests = new URL(`./packages/${name}/test`, import.meta.url);
  return (
    existsSync(tests) &&
    readdirSync(tests, { recursive: true }).some((file) => /\.browser\.test\.ts$/.test(String(file)))
  );
});

// Every public fixture file by its folder, as paths under packages/fixtures/data, for tests that render
// them all (`servedFixtureSets` in @samspill/fixtures/served).
const FIXTURES = new URL('./packages/fixtures/data/', import.meta.url);
function fixtureSets() {
  const sets = {};
  for (const file of readdirSync(FIXTURES, { recursive: true }).map(String)) {
    if (!file.endsWith('.json') || !file.includes('/')) continue;
    (sets[dirname(file)] ??= []).push(file);
  }
  for (const files of Object.values(sets)) files.sort();
  return sets;
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  rootDir: root,
  groups: packages.map((name) => ({ name, files: `packages/${name}/test/**/*.browser.test.ts` })),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // esbuild reads the tsconfig it is given without following `extends`: point it at the base, which
  // holds the decorator settings Lit needs.
  plugins: [
    {
      name: 'samspill-fixture-sets',
      serve(context) {
        if (context.path === '/__samspill__/fixture-sets.json')
          return { body: JSON.stringify(fixtureSets()), type: 'json' };
      },
    },
    {
      name: 'samspill-workspace-sources',
      resolveImport({ source }) {
        const file = workspaceSource(source);
        return file && `/${relative(root, file)}`;
      },
    },
    // A page under a strict Content Security Policy for *.security.browser.test.ts.
    cspPagePlugin(),
    // Server-side rendering for the hydration tests (*.ssr.browser.test.ts).
    ssrCommandPlugin(),
    // React is CommonJS only: @samspill/react's tests get it as ES modules.
    commonjsPlugin({
      specifiers: ['react', 'react-dom', 'react-dom/client'],
      resolveDir: new URL('./packages/react', import.meta.url).pathname,
    }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.base.json', import.meta.url).pathname }),
  ],
  browsers: [
    chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS } }),
  ],
  // Lit's development build (the `development` condition) warns about misuse; keep those, drop its banner.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
