// The sandbox's TypeScript source, loaded in plain Node the way `pnpm start` loads it: through Vite's
// SSR module loader, with the workspace packages mapped to their sources. Node 20 cannot run .ts.
import { createServer } from 'vite';
import { root, workspaceSourcesVitePlugin } from '../../../scripts/workspace-sources.mjs';

/** `load('/packages/sandbox/src/x.ts')` gives the module; `close()` when done with every module. */
export async function sourceModules() {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [workspaceSourcesVitePlugin()],
    server: { middlewareMode: true, hmr: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  return { load: (path) => server.ssrLoadModule(path), close: () => server.close() };
}
