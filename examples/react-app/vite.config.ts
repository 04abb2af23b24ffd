// Two pages, as in the clinician app: launch.html (the EHR opens it) and index.html (the redirect
// URI). Vite 8 compiles the .tsx itself (automatic JSX runtime); @samspill/* come from source.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { workspaceSourcesVitePlugin } from '../../scripts/workspace-sources.mjs';

const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [workspaceSourcesVitePlugin()],
  // fhirclient then uses the browser's fetch and AbortController instead of bundling polyfills.
  define: { FHIRCLIENT_PURE: 'true' },
  // 5174: beside the clinician app's 5173, so both run at once.
  server: { host: '127.0.0.1', port: 5174, strictPort: true },
  preview: { host: '127.0.0.1', port: 5174, strictPort: true },
  build: {
    rolldownOptions: { input: { launch: page('launch.html'), index: page('index.html') } },
  },
});
