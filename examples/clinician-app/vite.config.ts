// Two pages: launch.html (the EHR opens it) and index.html (the redirect URI). @samspill/* come from
// source, as everywhere in the workspace.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { workspaceSourcesVitePlugin } from '../../scripts/workspace-sources.mjs';

const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [workspaceSourcesVitePlugin()],
  // fhirclient then uses the browser's fetch and AbortController instead of bundling polyfills.
  define: { FHIRCLIENT_PURE: 'true' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 5173, strictPort: true },
  build: {
    manifest: true,
    rolldownOptions: { input: { launch: page('launch.html'), index: page('index.html') } },
  },
});
