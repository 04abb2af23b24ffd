// End-to-end tests (examples/*/e2e/*.e2e.test.ts): the built clinician and React apps in Chromium (playwright-core
// driving the machine's Chromium), launched from sandboxes running in this process. `pnpm test e2e`.
import { defineConfig } from 'vitest/config';
import { workspaceSourcesVitePlugin } from './scripts/workspace-sources.mjs';

export default defineConfig({
  plugins: [workspaceSourcesVitePlugin()],
  test: {
    include: ['examples/*/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['examples/clinician-app/e2e/global-setup.ts'],
    // One Chromium for all files; the tests inside a file run concurrently, each in its own context.
    maxConcurrency: 6,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
