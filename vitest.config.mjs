// Unit tests for pure code and repository tooling, in Node. Anything that touches the DOM is a
// *.browser.test.ts and runs in Chromium under Web Test Runner instead; end-to-end tests (*.e2e.test.ts)
// have their own setup, vitest.e2e.config.mjs.
// *.ssr.test.ts render the elements here, in Node, with @lit-labs/ssr, as a server would.
import { defineConfig } from 'vitest/config';
import { workspaceSourcesVitePlugin } from './scripts/workspace-sources.mjs';

export default defineConfig({
  plugins: [workspaceSourcesVitePlugin()],
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/test/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/*.e2e.test.ts', '**/node_modules/**', 'scripts/test/fixtures/**'],
    environment: 'node',
    setupFiles: ['scripts/test/locales.setup.mjs'],
  },
});
