#!/usr/bin/env node
// `pnpm start`: the local SMART EHR (packages/sandbox) on http://127.0.0.1:4000, loaded from source
// through Vite so nothing needs building first, and the clinician app (examples/clinician-app) on
// Vite's dev server at http://127.0.0.1:5173. Prints the one URL to open: the launcher, with the app
// filled in. Options go to the sandbox CLI: `pnpm start --port 4100`; `--app URL` launches another app
// instead (the clinician app still runs).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { root, workspaceSourcesVitePlugin } from './workspace-sources.mjs';

const sandboxServer = await createServer({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [workspaceSourcesVitePlugin()],
  server: { middlewareMode: true, hmr: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});

const { parseCliArguments, resolveSettings } = await sandboxServer.ssrLoadModule(
  '/packages/sandbox/src/cli-arguments.ts',
);
const parsed = parseCliArguments(process.argv.slice(2));
// Usage errors and --help are the CLI's to report. A --config file's port and host are not read here:
// give them as flags when the clinician app should follow them.
if (typeof parsed === 'object' && !parsed.help) {
  const { host, port } = resolveSettings(parsed.settings);
  const sandboxHost = host.includes(':') ? `[${host}]` : host;
  if (port === 0) console.warn('With --port 0 the clinician app cannot know the sandbox in advance: use a port.');
  // The app's iss allowlist follows the sandbox (examples/clinician-app/src/config.ts).
  process.env.VITE_SANDBOX_ORIGIN = `http://${sandboxHost}:${port}`;
  const app = await createServer({
    configFile: fileURLToPath(new URL('../examples/clinician-app/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    // Another port when 5173 is taken: the launcher is told where the app really is.
    server: { strictPort: false },
  });
  await app.listen();
  const appUrl = app.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
  console.log(`Clinician app (Vite dev server): ${appUrl}`);
  const appGiven = process.argv.some((arg) => arg === '--app' || arg.startsWith('--app='));
  if (!appGiven) process.argv.push('--app', new URL('launch.html', appUrl).href);
}

// The CLI reads process.argv and runs as it loads, as it does when installed as `samspill-sandbox`.
await sandboxServer.ssrLoadModule('/packages/sandbox/src/cli.ts');
