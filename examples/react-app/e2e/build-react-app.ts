// The React app built for the end-to-end tests, the way the global setup builds the clinician app:
// production build, launch.html and index.html, its iss allowlist naming the test sandboxes.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the app into `outDir`; `sandboxOrigins` is `VITE_SANDBOX_ORIGIN` (comma-separated origins). */
export async function buildReactApp(outDir: string, sandboxOrigins: string): Promise<void> {
  // Vite reads both from the environment: VITE_SANDBOX_ORIGIN for src/config.ts, and NODE_ENV for
  // React's production build and JSX runtime (Vitest runs with `test`). Both are put back afterwards.
  const previous = { VITE_SANDBOX_ORIGIN: process.env.VITE_SANDBOX_ORIGIN, NODE_ENV: process.env.NODE_ENV };
  Object.assign(process.env, { VITE_SANDBOX_ORIGIN: sandboxOrigins, NODE_ENV: 'production' });
  try {
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
}
