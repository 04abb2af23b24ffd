// A Web Test Runner command that renders markup on the server with @lit-labs/ssr, for browser tests that
// put the result in a page and check that the elements take it over:
//   executeServerCommand('samspill-ssr', { imports: ['@samspill/timeline/define.js'], html: '<sam-timeline></sam-timeline>' })
import { createServer } from 'vite';
import { root, workspaceSourcesVitePlugin } from './workspace-sources.mjs';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function ssrCommandPlugin() {
  /** @type {Promise<import('vite').ViteDevServer> | undefined} */
  let vite;
  return {
    name: 'samspill-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'samspill-ssr') return undefined;
      const { imports, html } = /** @type {{ imports: string[], html: string }} */ (payload);
      // Vite runs the TypeScript sources in Node as Vitest does; started on first use, shared by every test.
      vite ??= createServer({
        root,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [workspaceSourcesVitePlugin()],
        server: { middlewareMode: true, hmr: false, watch: null },
      });
      const server = await vite;
      for (const specifier of imports) await server.ssrLoadModule(specifier);
      const { renderMarkup } = await server.ssrLoadModule('/scripts/ssr-render.mjs');
      return renderMarkup(html);
    },
    async serverStop() {
      await (await vite)?.close();
    },
  };
}
