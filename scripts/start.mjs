#!/usr/bin/env node
// `pnpm start`: the local SMART EHR (packages/sandbox) on http://127.0.0.1:4000, loaded from source
// through Vite so nothing needs building first. Prints the one URL to open: the launcher.
// Options go to the sandbox CLI: `pnpm start --port 4100`.
import { createServer } from 'vite';
import { root, workspaceSourcesVitePlugin } from './workspace-sources.mjs';

const vite = await createServer({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [workspaceSourcesVitePlugin()],
  server: { middlewareMode: true, hmr: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
// The CLI reads process.argv and runs as it loads, as it does when installed as `samspill-sandbox`.
await vite.ssrLoadModule('/packages/sandbox/src/cli.ts');
