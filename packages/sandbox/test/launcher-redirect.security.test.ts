// The launcher's deep link sends the browser to `app`. It may send it only to an app the sandbox knows:
// a launch URL on this machine (loopback, where the built-in samspill-dev client's apps live), one a
// client registered (`launchUrls`), or the CLI's `--app`. Anything else is an open redirect, and is
// refused with a page that says why.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkConfig } from '../src/cli-config.js';
import { startSandbox, type Sandbox } from '../src/index.js';
import { testData } from './helpers.js';

const REGISTERED = 'https://my-app.example/launch.html';
const STAGING = 'https://staging.example/smart/launch';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    data: testData(),
    launchUrls: [STAGING],
    clients: [
      {
        id: 'my-app',
        redirectUris: ['https://my-app.example/callback'],
        launchUrls: [REGISTERED],
        auth: { type: 'public' },
      },
    ],
  });
});
afterAll(() => sandbox.close());

/** The launcher's deep link for `app`, with the first patient of the data. */
async function launch(app: string, origin = sandbox.url): Promise<globalThis.Response> {
  return fetch(`${origin}/launcher?app=${encodeURIComponent(app)}&lang=en`, { redirect: 'manual' });
}

describe('the launcher refuses to send the browser elsewhere', () => {
  it.each([
    'https://evil.example/launch.html',
    'http://127.0.0.1.evil.example/launch.html',
    'http://localhost.evil.example:5173/launch.html',
    'http://localhost@evil.example/launch.html',
    'http://evil.example\\@127.0.0.1/launch.html',
    'https://my-app.example.evil.example/launch.html',
    'https://my-app.example/other.html',
    'https://my-app.example:8443/launch.html',
    'http://my-app.example/launch.html',
    'https://staging.example/smart/launch/../../evil',
  ])('%s: a 400 page saying why, no redirect', async (app) => {
    const response = await launch(app);
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    const page = await response.text();
    expect(page).toContain('not a launch URL the sandbox knows');
    expect(page).toContain('launchUrls');
  });
});

describe('the launcher launches the apps it knows', () => {
  it.each([
    'http://127.0.0.1:5173/launch.html',
    'http://localhost:3000/launch?lang=en',
    'http://[::1]:8080/app/launch.html',
    'https://localhost:8443/launch.html',
    REGISTERED,
    `${REGISTERED}?lang=en`,
    STAGING,
  ])('%s', async (app) => {
    const response = await launch(app);
    expect(response.status).toBe(302);
    const target = new URL(response.headers.get('location') ?? '');
    const wanted = new URL(app);
    expect(target.origin + target.pathname).toBe(wanted.origin + wanted.pathname);
    expect(target.searchParams.get('iss')).toBe(sandbox.url + sandbox.personalities['smart-v2'].paths.fhir);
    expect(target.searchParams.get('launch')).toMatch(/^[\w-]{43}$/);
  });

  it('still shows the form for any app with ?form, since showing it sends nobody anywhere', async () => {
    const response = await fetch(`${sandbox.url}/launcher?form&app=${encodeURIComponent('https://evil.example/')}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(200);
  });
});

describe('launch URLs in the config file', () => {
  it('takes launchUrls per client, absolute http(s) URLs only', () => {
    const good = checkConfig(
      { clients: [{ id: 'my-app', redirectUris: ['https://my-app.example/cb'], launchUrls: [REGISTERED] }] },
      '/config.json',
    );
    expect(good.ok && good.value.clients[0]?.launchUrls).toEqual([REGISTERED]);
    const bad = checkConfig(
      { clients: [{ id: 'my-app', redirectUris: ['https://my-app.example/cb'], launchUrls: ['launch.html'] }] },
      '/config.json',
    );
    expect(bad.ok ? [] : bad.problems).toEqual([
      '/config.json: clients[0].launchUrls[0] must be an absolute http(s) URL',
    ]);
  });
});

describe('the samspill-sandbox process', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'samspill-launcher-'));
  });
  afterAll(() => rm(folder, { recursive: true }));

  it('launches the app of --app and the launch URLs of the config file, and nothing else', async () => {
    const config = join(folder, 'sandbox.json');
    await writeFile(
      config,
      JSON.stringify({
        clients: [{ id: 'my-app', redirectUris: ['https://my-app.example/callback'], launchUrls: [REGISTERED] }],
      }),
    );
    const cli = fileURLToPath(new URL('../scripts/cli-from-source.mjs', import.meta.url));
    const child = spawn(
      process.execPath,
      [cli, '--port', '0', '--app', 'https://app.example/launch.html', '--config', config],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let output = '';
        child.once('close', (code) => {
          reject(new Error(`exited with ${String(code)}:\n${output}`));
        });
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const launcher = /Open the launcher: (\S+)/.exec(output)?.[1];
          if (launcher !== undefined) resolve(new URL(launcher).origin);
        });
      });
      expect((await launch('https://app.example/launch.html', origin)).status).toBe(302);
      expect((await launch(REGISTERED, origin)).status).toBe(302);
      expect((await launch('https://evil.example/launch.html', origin)).status).toBe(400);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
