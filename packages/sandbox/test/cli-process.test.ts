// `samspill-sandbox` as a process, run from source through scripts/cli-from-source.mjs (the code path
// of the built CLI; the packed tarball is checked by scripts/check-install.mjs).
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_OPTIONS } from '../src/cli-arguments.js';

const CLI = fileURLToPath(new URL('../scripts/cli-from-source.mjs', import.meta.url));
const TIMEOUT = 120_000;

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function exitOf(args: readonly string[]): Promise<Exit> {
  const child = cli(args);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.once('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the CLI and waits for it to print the launcher, which it does last. */
async function started(args: readonly string[]): Promise<{ output: string; child: ChildProcess }> {
  const child = cli(args);
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.once('close', (code) => {
      reject(new Error(`exited with ${String(code)}:\n${output}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Open the launcher:')) resolve();
    });
  });
  return { output, child };
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'samspill-cli-'));
});
afterAll(() => rm(folder, { recursive: true }));

describe('the samspill-sandbox process', () => {
  it(
    'exits with 2 and names a bad flag or data folder, before anything starts',
    async () => {
      const unknown = await exitOf(['--port', '0', '--colour', 'blue']);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("'--colour'");
      expect(unknown.stderr).toContain('samspill-sandbox --help');
      expect(unknown.stdout).not.toContain('FHIR http');

      const client = await exitOf(['--port', '0', '--client', 'my-app=/callback']);
      expect(client.code).toBe(2);
      expect(client.stderr).toContain('--client my-app=/callback: the redirect URI must be an absolute http(s) URL');

      const data = await exitOf(['--port', '0', '--data', join(folder, 'no-such-folder')]);
      expect(data.code).toBe(2);
      expect(data.stderr).toContain(`The data folder ${join(folder, 'no-such-folder')}: ENOENT`);
    },
    TIMEOUT,
  );

  it(
    'exits with 2 and names the field of a bad config file, before anything starts',
    async () => {
      const config = join(folder, 'bad.json');
      await writeFile(
        config,
        JSON.stringify({
          clients: [
            { id: 'a', redirectUris: ['http://localhost:3000/cb'] },
            { id: 'b', redirectUris: ['callback.html'] },
          ],
        }),
      );
      const result = await exitOf(['--port', '0', '--config', config]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`${config}: clients[1].redirectUris[0] must be an absolute http(s) URL`);
      expect(result.stdout).not.toContain('FHIR http');

      const missing = await exitOf(['--port', '0', '--config', join(folder, 'missing.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`${join(folder, 'missing.json')}: does not exist`);
    },
    TIMEOUT,
  );

  it(
    'lists every flag in --help',
    async () => {
      const help = await exitOf(['--help']);
      expect(help.code).toBe(0);
      for (const flag of Object.keys(CLI_OPTIONS)) expect(help.stdout).toContain(`--${flag}`);
    },
    TIMEOUT,
  );

  it(
    'registers a --client whose exact redirect URI then works at the authorize endpoint',
    async () => {
      const redirectUri = 'https://my-app.example/callback';
      const { output, child } = await started(['--port', '0', '--client', `my-app=${redirectUri}`]);
      try {
        expect(output).toMatch(new RegExp(`^ {2}my-app +public; redirect ${redirectUri}$`, 'm'));
        const launchLine = /One ready EHR launch \(smart-v2, Patient\/[^)]+\):\n {2}(\S+)/.exec(output);
        expect(launchLine, output).not.toBeNull();
        const printed = new URL(launchLine?.[1] ?? '');
        const iss = printed.searchParams.get('iss') ?? '';
        const discovery = (await (await fetch(`${iss}/.well-known/smart-configuration`)).json()) as {
          authorization_endpoint: string;
        };
        const verifier = randomBytes(32).toString('base64url');
        const authorize = (uri: string): Promise<Response> => {
          const url = new URL(discovery.authorization_endpoint);
          url.search = new URLSearchParams({
            response_type: 'code',
            client_id: 'my-app',
            redirect_uri: uri,
            scope: 'launch openid fhirUser patient/*.rs',
            state: 'tilstand-1',
            aud: iss,
            launch: printed.searchParams.get('launch') ?? '',
            code_challenge: createHash('sha256').update(verifier).digest('base64url'),
            code_challenge_method: 'S256',
          }).toString();
          return fetch(url, { redirect: 'manual' });
        };

        const unregistered = await authorize('https://my-app.example/other');
        expect(unregistered.status).toBe(400);
        expect(unregistered.headers.get('location')).toBeNull();

        const registered = await authorize(redirectUri);
        expect(registered.status).toBe(302);
        const location = new URL(registered.headers.get('location') ?? '');
        expect(location.origin + location.pathname).toBe(redirectUri);
        expect(location.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
        expect(location.searchParams.get('state')).toBe('tilstand-1');
      } finally {
        child.kill('SIGTERM');
      }
    },
    TIMEOUT,
  );
});
