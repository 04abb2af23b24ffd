// `npm run dev`: the app on Vite's dev server and the Samspill sandbox (a local SMART EHR) beside it,
// then the one URL to open: the sandbox's launcher, with this app filled in. Ctrl-C stops both.
//   SANDBOX_PORT=4100 npm run dev   the sandbox on another port (default 4000, or a free one)
// With a client id of your own (VITE_SMART_CLIENT_ID, in the environment or a .env file), the sandbox
// registers it with this app's redirect URI; otherwise the app uses the sandbox's `samspill-dev`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer as createNetServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createServer, loadEnv } from 'vite';

const HOST = '127.0.0.1';

const sandboxPort = await freePort(Number(process.env.SANDBOX_PORT || 4000));
const sandboxOrigin = `http://${HOST}:${sandboxPort}`;
// The app trusts the sandbox's FHIR servers only when told where it is (src/config.ts).
process.env.VITE_SANDBOX_ORIGIN = sandboxOrigin;

// vite.config.ts is read as usual; another port when 5173 is taken, and the sandbox is told which.
const vite = await createServer({ server: { strictPort: false } });
await vite.listen();
const appUrl = vite.resolvedUrls?.local[0] ?? `http://${HOST}:5173/`;
const launchUrl = new URL('launch.html', appUrl).href;
const clientId = loadEnv('development', process.cwd(), 'VITE_').VITE_SMART_CLIENT_ID;
const client =
  clientId && clientId !== 'samspill-dev' ? ['--client', `${clientId}=${new URL('index.html', appUrl).href}`] : [];

const sandbox = spawn(
  process.execPath,
  [sandboxCli(), '--host', HOST, '--port', String(sandboxPort), '--app', launchUrl, ...client],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);

let stopping = false;
sandbox.once('exit', (code, signal) => {
  if (!stopping) {
    console.error(`\nThe sandbox stopped (${signal ?? `exit code ${code}`}); stopping the app too.`);
    void stop(1);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop(0));

if (await reachable(new URL('/launcher', sandboxOrigin), 20_000)) {
  const launcher = new URL('/launcher', sandboxOrigin);
  launcher.searchParams.set('form', '');
  launcher.searchParams.set('app', launchUrl);
  console.log(`
  App (Vite):      ${appUrl}
  Sandbox EHR:     ${sandboxOrigin}

  ➜ Open the launcher, pick a patient and launch the app:
    ${launcher.href}

  Ctrl-C stops both.
`);
}

/**
 * Stops the dev server and the sandbox, then exits.
 * @param {number} code
 */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (sandbox.exitCode === null && sandbox.signalCode === null) {
    const exited = new Promise((resolve) => sandbox.once('exit', resolve));
    sandbox.kill('SIGTERM');
    await exited;
  }
  await vite.close();
  process.exit(code);
}

/** The sandbox's command (its package's `bin`), run with this Node, so it works the same on every OS. */
function sandboxCli() {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@samspill/sandbox/package.json');
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const file = typeof bin === 'string' ? bin : bin['samspill-sandbox'];
  return join(dirname(manifestPath), file);
}

/**
 * `preferred` when it is free, else any free port.
 * @param {number} preferred
 * @returns {Promise<number>}
 */
function freePort(preferred) {
  /** @param {number} port @returns {Promise<number>} */
  const tryPort = (port) =>
    new Promise((resolve, reject) => {
      const server = createNetServer();
      server.once('error', reject);
      server.listen(port, HOST, () => {
        const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
        server.close(() => resolve(bound));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

/**
 * Whether `url` answers within `timeoutMs`, asked every 200 ms.
 * @param {URL} url
 * @param {number} timeoutMs
 */
async function reachable(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      await fetch(url);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return false;
}
