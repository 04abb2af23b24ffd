import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CLI_OPTIONS,
  DEFAULT_SETTINGS,
  launcherUrl,
  launchUrl,
  parseCliArguments,
  resolveSettings,
  USAGE,
} from '../src/cli-arguments.js';
import { describeClients } from '../src/cli-clients.js';
import { DEFAULT_SUBSCRIPTION_KEY, PERSONALITY_NAMES } from '../src/index.js';
import { DEFAULT_SETS } from '../src/data-from-fixtures.js';
import { defaultData } from '../src/data.js';
import { readDataDirectory } from '../src/data-directory.js';

describe('the command line', () => {
  it('gives nothing of its own without flags: the defaults are 127.0.0.1:4000 and the built-in data', () => {
    expect(parseCliArguments([])).toEqual({ help: false, settings: {}, clients: [] });
    expect(resolveSettings({})).toEqual({ port: 4000, host: '127.0.0.1', app: 'http://127.0.0.1:5173/launch.html' });
  });

  it('takes --port, --host, --data, --app and --config, and refuses nonsense', () => {
    expect(
      parseCliArguments([
        '--port',
        '0',
        '--host',
        '::1',
        '--data',
        'dir',
        '--app',
        'http://localhost:1/l',
        '--config',
        'sandbox.json',
      ]),
    ).toEqual({
      help: false,
      settings: { port: 0, host: '::1', data: 'dir', app: 'http://localhost:1/l' },
      clients: [],
      config: 'sandbox.json',
    });
    expect(parseCliArguments(['--port', 'x'])).toMatch(/^--port must be a port number/);
    expect(parseCliArguments(['--port', ''])).toMatch(/^--port/);
    expect(parseCliArguments(['--port', '65536'])).toMatch(/^--port/);
    expect(parseCliArguments(['--host', ''])).toMatch(/^--host/);
    expect(parseCliArguments(['--app', 'launch.html'])).toMatch(/^--app must be a URL/);
    expect(parseCliArguments(['--colour'])).toMatch(/'--colour'/);
    expect(parseCliArguments(['extra'])).toMatch(/extra/);
    expect(parseCliArguments(['--config'])).toMatch(/--config/);
  });

  it('registers a public client per --client ID, with every redirect URI given for that ID', () => {
    const parsed = parseCliArguments([
      '--client',
      'my-app=http://localhost:3000/callback',
      '--client',
      'other=https://app.example/cb?tenant=a=b',
      '--client',
      'my-app=https://my-app.example/callback',
      '--client',
      'my-app=http://localhost:3000/callback',
    ]);
    expect(parsed).toMatchObject({
      clients: [
        {
          id: 'my-app',
          redirectUris: ['http://localhost:3000/callback', 'https://my-app.example/callback'],
          auth: { type: 'public' },
        },
        { id: 'other', redirectUris: ['https://app.example/cb?tenant=a=b'], auth: { type: 'public' } },
      ],
    });
  });

  it('refuses a --client that is not ID=REDIRECT_URI with an absolute http(s) URI, naming the flag', () => {
    const refusals: [string, RegExp][] = [
      ['my-app', /^--client must be ID=REDIRECT_URI, not 'my-app'/],
      ['=http://localhost/cb', /^--client must be ID=REDIRECT_URI/],
      ['my-app=', /^--client must be ID=REDIRECT_URI/],
      ['my app=http://localhost/cb', /^--client must be ID=REDIRECT_URI/],
      ['my-app=/callback', /^--client my-app=\/callback: the redirect URI must be an absolute http\(s\) URL/],
      ['my-app=ftp://host/cb', /^--client my-app=ftp:\/\/host\/cb: the redirect URI must be an absolute http\(s\)/],
      ['my-app=http://localhost/cb#top', /^--client .*: the redirect URI must not have a #fragment/],
      ['samspill-dev=http://localhost/cb', /^--client samspill-dev=.*: samspill-dev is built in/],
    ];
    for (const [flag, message] of refusals) expect(parseCliArguments(['--client', flag])).toMatch(message);
  });

  it('lets flags win over the config file, and the config file over the defaults', () => {
    expect(resolveSettings({ port: 0 }, { port: 4100, host: '::1' })).toEqual({
      ...DEFAULT_SETTINGS,
      port: 0,
      host: '::1',
    });
    expect(resolveSettings({}, { data: '/data', app: 'http://localhost:8080/launch' })).toEqual({
      ...DEFAULT_SETTINGS,
      data: '/data',
      app: 'http://localhost:8080/launch',
    });
  });

  it('documents every flag in --help, with the config file format and where the rest is', () => {
    expect(parseCliArguments(['--help'])).toMatchObject({ help: true });
    expect(parseCliArguments(['-h'])).toMatchObject({ help: true });
    for (const flag of Object.keys(CLI_OPTIONS)) expect(USAGE).toMatch(new RegExp(`^  (-h, )?--${flag}\\b`, 'm'));
    for (const field of ['redirectUris', 'client_secret_basic', 'private_key_jwt', 'jwksFile', 'allowedScopes'])
      expect(USAGE).toContain(field);
    // Every personality, and what dips wants that the others do not.
    for (const name of PERSONALITY_NAMES) expect(USAGE).toContain(name);
    expect(USAGE).toContain(`Ocp-Apim-Subscription-Key`);
    expect(USAGE).toContain(DEFAULT_SUBSCRIPTION_KEY);
    expect(USAGE).toContain('subscriptionKey');
    expect(USAGE).toContain('packages/sandbox#the-config-file');
  });

  it('builds the launch URL an EHR would open', () => {
    const url = new URL(launchUrl('http://localhost:5173/launch.html', 'http://127.0.0.1:4000/smart-v2/fhir', 'abc'));
    expect(url.searchParams.get('iss')).toBe('http://127.0.0.1:4000/smart-v2/fhir');
    expect(url.searchParams.get('launch')).toBe('abc');
  });

  it('opens the launcher with the app of --app filled in', () => {
    const url = new URL(launcherUrl('http://127.0.0.1:4000', 'http://127.0.0.1:5173/launch.html?x=1&y=2'));
    expect(url.origin + url.pathname).toBe('http://127.0.0.1:4000/launcher');
    expect(url.searchParams.has('form')).toBe(true);
    expect(url.searchParams.get('app')).toBe('http://127.0.0.1:5173/launch.html?x=1&y=2');
  });

  it('lists the registered clients at start-up, the built-in one first, and never a secret', () => {
    const lines = describeClients([
      { id: 'my-app', redirectUris: ['http://localhost:3000/cb'], auth: { type: 'public' } },
      {
        id: 'server-app',
        redirectUris: ['https://a.example/cb', 'https://b.example/cb'],
        auth: { type: 'client_secret_basic', secret: 'hemmelig-123' },
        allowedScopes: ['launch', 'patient/*.rs'],
        epicScopes: ['user/Patient.read'],
        persistentAccess: false,
        subscriptionKey: 'dips-nokkel-123',
      },
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^samspill-dev {2}public, any redirect URI on http:\/\/localhost/);
    expect(lines[1]).toBe('my-app        public; redirect http://localhost:3000/cb');
    expect(lines[2]).toContain('client_secret_basic; redirect https://a.example/cb, https://b.example/cb');
    expect(lines[2]).toContain('scopes launch patient/*.rs');
    expect(lines[2]).toContain('Epic grants user/Patient.read');
    expect(lines[2]).toContain('own DIPS subscription key');
    expect(lines.join('\n')).not.toContain('hemmelig-123');
    expect(lines.join('\n')).not.toContain('dips-nokkel-123');
  });

  it('serves the synthetic Norwegian patients first and the redistributable example sets without --data', async () => {
    const data = await defaultData();
    expect(data[0]?.resourceType).toBe('Bundle');
    expect(data[0]?.id).toMatch(/^samspill-populasjon-/);
    expect(data.length).toBeGreaterThan(100);
    expect(DEFAULT_SETS).toContain('hl7-r4-examples');
    expect(DEFAULT_SETS).toContain('norway/no-basis');
    // Synthea would bury the Norwegian patients; Oracle Health's examples may not be redistributed.
    expect(DEFAULT_SETS.filter((set) => set.startsWith('synthea') || set === 'real-world/oracle-health')).toEqual([]);
  });

  it('reads every *.json file of a data folder, resources and Bundles alike', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'samspill-sandbox-'));
    try {
      await writeFile(join(directory, 'a.json'), JSON.stringify({ resourceType: 'Patient', id: 'a' }));
      await writeFile(
        join(directory, 'b.json'),
        JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] }),
      );
      await writeFile(join(directory, 'notes.txt'), 'ignored');
      const data = await readDataDirectory(directory);
      expect(data.map((resource) => resource.resourceType)).toEqual(['Patient', 'Bundle']);
      await writeFile(join(directory, 'c.json'), '[1, 2]');
      await expect(readDataDirectory(directory)).rejects.toThrow(/c\.json/);
    } finally {
      await rm(directory, { recursive: true });
    }
  });
});
