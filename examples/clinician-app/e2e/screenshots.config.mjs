// `pnpm screenshots` here: e2e/screenshots.ts with the end-to-end setup (sandboxes, built app, Chromium).
// Rooted at the repository, as the end-to-end config is, so the sandbox's on-demand modules resolve.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { workspaceSourcesVitePlugin } from '../../../scripts/workspace-sources.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('../../..', import.meta.url)),
  plugins: [workspaceSourcesVitePlugin()],
  test: {
    include: ['examples/clinician-app/e2e/screenshots.ts'],
    environment: 'node',
    globalSetup: ['examples/clinician-app/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
