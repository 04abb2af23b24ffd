// Two pages: launch.html, which the EHR opens, and index.html, the redirect URI where the app runs.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  // fhirclient (under @samspill/smart) then uses the browser's fetch instead of bundling a polyfill.
  define: { FHIRCLIENT_PURE: 'true' },
  // 127.0.0.1 rather than localhost: the sandbox's redirect URIs and the EHR launch use it.
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    rolldownOptions: { input: { launch: page('launch.html'), index: page('index.html') } },
  },
});
