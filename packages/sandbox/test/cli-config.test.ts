import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArguments, type CliArguments } from '../src/cli-arguments.js';
import { readConfigFile } from '../src/cli-config-file.js';
import { checkConfig, checkJwks } from '../src/cli-config.js';
import { resolveStart } from '../src/cli-start.js';

const FILE = '/home/dev/app/sandbox.json';
const EC_KEY = {
  kty: 'EC',
  crv: 'P-256',
  x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
  y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
};
const client = (fields: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'my-app',
  redirectUris: ['http://localhost:3000/callback'],
  ...fields,
});

/** Every problem of a config; a config that passes fails the test. */
function problemsOf(config: unknown): readonly string[] {
  const checked = checkConfig(config, FILE);
  if (checked.ok) throw new Error(`accepted: ${JSON.stringify(checked.value)}`);
  return checked.problems;
}

describe('the config file', () => {
  it('reads settings and every kind of client into what startSandbox takes', () => {
    const checked = checkConfig(
      {
        port: 4100,
        host: '::1',
        app: 'http://localhost:3000/launch.html',
        data: 'fhir',
        clients: [
          client(),
          {
            id: 'server-app',
            redirectUris: ['https://app.example/callback', 'https://app.example/other'],
            auth: { type: 'client_secret_basic', secret: 'a-test-secret' },
            allowedScopes: ['launch', 'openid', 'fhirUser', 'patient/*.rs'],
          },
          {
            id: 'jwt-app',
            redirectUris: ['http://127.0.0.1:3000/cb'],
            auth: { type: 'private_key_jwt', jwks: { keys: [EC_KEY] } },
            epicScopes: ['user/Patient.read', 'user/Patient.Read'],
            persistentAccess: false,
            subscriptionKey: 'my-dips-key',
          },
          {
            id: 'jwt-file-app',
            redirectUris: ['http://localhost/cb'],
            auth: { type: 'private_key_jwt', jwksFile: 'keys/jwks.json' },
          },
          { id: 'said-public', redirectUris: ['http://localhost/cb'], auth: { type: 'public' } },
        ],
      },
      FILE,
    );
    expect(checked).toEqual({
      ok: true,
      value: {
        settings: { port: 4100, host: '::1', app: 'http://localhost:3000/launch.html', data: '/home/dev/app/fhir' },
        clients: [
          { id: 'my-app', redirectUris: ['http://localhost:3000/callback'], auth: { type: 'public' } },
          {
            id: 'server-app',
            redirectUris: ['https://app.example/callback', 'https://app.example/other'],
            auth: { type: 'client_secret_basic', secret: 'a-test-secret' },
            allowedScopes: ['launch', 'openid', 'fhirUser', 'patient/*.rs'],
          },
          {
            id: 'jwt-app',
            redirectUris: ['http://127.0.0.1:3000/cb'],
            auth: { type: 'private_key_jwt', jwks: { keys: [EC_KEY] } },
            epicScopes: ['user/Patient.read', 'user/Patient.Read'],
            persistentAccess: false,
            subscriptionKey: 'my-dips-key',
          },
          {
            id: 'jwt-file-app',
            redirectUris: ['http://localhost/cb'],
            auth: { type: 'private_key_jwt', jwksFile: '/home/dev/app/keys/jwks.json' },
          },
          { id: 'said-public', redirectUris: ['http://localhost/cb'], auth: { type: 'public' } },
        ],
      },
    });
    expect(checkConfig({}, FILE)).toEqual({ ok: true, value: { settings: {}, clients: [] } });
  });

  it('names the file and the field of every problem', () => {
    const cases: [unknown, string][] = [
      [[client()], 'must hold a JSON object'],
      [{ port: '4000' }, 'port must be a port number (0-65535)'],
      [{ port: 70000 }, 'port must be a port number (0-65535)'],
      [{ host: '' }, 'host must be a non-empty string'],
      [{ app: 'launch.html' }, 'app must be an absolute URL'],
      [{ data: 3 }, 'data must be a non-empty string'],
      [{ client: [] }, 'client is not a known field (known: port, host, app, data, clients)'],
      [{ clients: client() }, 'clients must be an array of clients'],
      [{ clients: ['my-app'] }, 'clients[0] must be an object with an id and redirectUris'],
      [{ clients: [client({ id: '' })] }, 'clients[0].id must be a non-empty string without spaces'],
      [{ clients: [client({ id: 'samspill-dev' })] }, "clients[0].id 'samspill-dev' is the built-in client"],
      [{ clients: [client(), client()] }, "clients[1].id 'my-app' is already the id of clients[0]"],
      [{ clients: [client({ redirectUris: undefined })] }, 'clients[0].redirectUris must be a non-empty array'],
      [{ clients: [client({ redirectUris: [] })] }, 'clients[0].redirectUris must be a non-empty array'],
      [
        { clients: [client({ id: 'a' }), client({ id: 'b', redirectUris: ['http://localhost/ok', '/callback'] })] },
        'clients[1].redirectUris[1] must be an absolute http(s) URL',
      ],
      [
        { clients: [client({ redirectUris: ['http://localhost/cb#x'] })] },
        'clients[0].redirectUris[0] must not have a #fragment',
      ],
      [{ clients: [client({ redirectUris: [42] })] }, 'clients[0].redirectUris[0] must be an absolute http(s) URL'],
      [{ clients: [client({ redirectUri: 'http://localhost/cb' })] }, 'clients[0].redirectUri is not a known field'],
      [{ clients: [client({ auth: 'public' })] }, 'clients[0].auth must be an object with a type'],
      [
        { clients: [client({ auth: { type: 'basic' } })] },
        'clients[0].auth.type must be one of public, client_secret_basic, private_key_jwt',
      ],
      [
        { clients: [client({ auth: { type: 'client_secret_basic' } })] },
        'clients[0].auth.secret must be a non-empty string',
      ],
      [{ clients: [client({ auth: { type: 'public', secret: 'x' } })] }, 'clients[0].auth.secret is not a known field'],
      [{ clients: [client({ auth: { type: 'private_key_jwt' } })] }, 'clients[0].auth must have one of jwks'],
      [
        { clients: [client({ auth: { type: 'private_key_jwt', jwks: { keys: [EC_KEY] }, jwksFile: 'k.json' } })] },
        'clients[0].auth must have one of jwks (the keys inline) or jwksFile (a path), not both or neither',
      ],
      [
        { clients: [client({ auth: { type: 'private_key_jwt', jwks: { keys: [] } } })] },
        'clients[0].auth.jwks must be a JWKS',
      ],
      [
        { clients: [client({ auth: { type: 'private_key_jwt', jwks: { keys: [{ ...EC_KEY, d: 'secret' }] } } })] },
        'clients[0].auth.jwks.keys[0] is a private key ("d"): register the public key only',
      ],
      [
        {
          clients: [client({ auth: { type: 'private_key_jwt', jwks: { keys: [EC_KEY, { kty: 'RSA', e: 'AQAB' }] } } })],
        },
        'clients[0].auth.jwks.keys[1] is a RSA key without n',
      ],
      [
        { clients: [client({ auth: { type: 'private_key_jwt', jwks: { keys: [{}] } } })] },
        'clients[0].auth.jwks.keys[0] must be a JWK with a "kty"',
      ],
      [{ clients: [client({ allowedScopes: 'launch' })] }, 'clients[0].allowedScopes must be an array of scopes'],
      [{ clients: [client({ allowedScopes: ['launch openid'] })] }, 'clients[0].allowedScopes[0] must be one scope'],
      [{ clients: [client({ epicScopes: ['user/Patient.read', ''] })] }, 'clients[0].epicScopes[1] must be one scope'],
      [{ clients: [client({ persistentAccess: 'yes' })] }, 'clients[0].persistentAccess must be true or false'],
      [{ clients: [client({ subscriptionKey: '' })] }, 'clients[0].subscriptionKey must be 1-256 visible ASCII'],
      [{ clients: [client({ subscriptionKey: 'a key' })] }, 'clients[0].subscriptionKey must be 1-256 visible ASCII'],
      [{ clients: [client({ subscriptionKey: 'a,b' })] }, 'clients[0].subscriptionKey must be 1-256 visible ASCII'],
      [{ clients: [client({ subscriptionKey: 'nøkkel' })] }, 'clients[0].subscriptionKey must be 1-256 visible ASCII'],
      [{ clients: [client({ subscriptionKey: 42 })] }, 'clients[0].subscriptionKey must be 1-256 visible ASCII'],
    ];
    for (const [config, problem] of cases) {
      const problems = problemsOf(config);
      expect(problems, JSON.stringify(config)).toHaveLength(1);
      expect(problems[0], JSON.stringify(config)).toContain(`${FILE}: ${problem}`);
    }
  });

  it('reports every problem of a file in one go', () => {
    expect(
      problemsOf({
        port: -1,
        clients: [
          client({ redirectUris: ['nope'] }),
          { id: 'b', redirectUris: ['http://localhost/'], persistentAccess: 1 },
        ],
      }),
    ).toEqual([
      `${FILE}: port must be a port number (0-65535)`,
      `${FILE}: clients[0].redirectUris[0] must be an absolute http(s) URL`,
      `${FILE}: clients[1].persistentAccess must be true or false`,
    ]);
  });

  it('checks a JWKS from a file as it checks one inline', () => {
    expect(checkJwks({ keys: [EC_KEY] }, 'keys.json')).toEqual({ ok: true, value: { keys: [EC_KEY] } });
    expect(checkJwks([EC_KEY], 'keys.json')).toEqual({
      ok: false,
      problems: ['keys.json must be a JWKS: an object with a non-empty "keys" array'],
    });
  });
});

describe('reading the config file', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'samspill-config-'));
  });
  afterAll(() => rm(folder, { recursive: true }));

  const write = async (name: string, content: unknown): Promise<string> => {
    const file = join(folder, name);
    await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };

  it('reads a jwksFile relative to the config file into the client', async () => {
    await write('jwks.json', { keys: [EC_KEY] });
    const file = await write('ok.json', {
      clients: [
        {
          id: 'jwt-app',
          redirectUris: ['http://localhost/cb'],
          auth: { type: 'private_key_jwt', jwksFile: 'jwks.json' },
        },
      ],
    });
    expect(await readConfigFile(file)).toEqual({
      ok: true,
      value: {
        settings: {},
        clients: [
          {
            id: 'jwt-app',
            redirectUris: ['http://localhost/cb'],
            auth: { type: 'private_key_jwt', jwks: { keys: [EC_KEY] } },
          },
        ],
      },
    });
  });

  it('names the file that is missing, not JSON or not a JWKS', async () => {
    const missing = join(folder, 'missing.json');
    expect(await readConfigFile(missing)).toEqual({ ok: false, problems: [`${missing}: does not exist`] });
    const broken = await write('broken.json', '{ "clients": [ }');
    expect(await readConfigFile(broken)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/broken\.json: is not JSON/)],
    });

    await write('private.json', { keys: [{ ...EC_KEY, d: 'x' }] });
    const keyed = (jwksFile: string): unknown => ({
      clients: [{ id: 'jwt-app', redirectUris: ['http://localhost/cb'], auth: { type: 'private_key_jwt', jwksFile } }],
    });
    const absent = await write('absent-keys.json', keyed('nowhere.json'));
    expect(await readConfigFile(absent)).toEqual({
      ok: false,
      problems: [`${absent}: clients[0].auth.jwksFile: ${join(folder, 'nowhere.json')} does not exist`],
    });
    const leaked = await write('private-keys.json', keyed('private.json'));
    expect(await readConfigFile(leaked)).toEqual({
      ok: false,
      problems: [
        `${leaked}: clients[0].auth.jwksFile (${join(folder, 'private.json')}).keys[0] is a private key ("d"): register the public key only`,
      ],
    });
  });

  it('refuses to register one client id both in the file and by --client', async () => {
    const file = await write('one.json', { port: 4100, clients: [client()] });
    const loaded = await readConfigFile(file);
    if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
    const args = (argv: string[]): CliArguments => {
      const parsed = parseCliArguments(argv);
      if (typeof parsed === 'string') throw new Error(parsed);
      return parsed;
    };
    expect(resolveStart(args(['--client', 'my-app=http://localhost:4000/cb']), { file, loaded: loaded.value })).toBe(
      `--client my-app: ${file} registers my-app too; register it in one place.`,
    );
    const start = resolveStart(args(['--client', 'other=http://localhost:4000/cb', '--port', '0']), {
      file,
      loaded: loaded.value,
    });
    expect(start).toMatchObject({
      settings: { port: 0 },
      clients: [{ id: 'my-app' }, { id: 'other', redirectUris: ['http://localhost:4000/cb'] }],
    });
    expect(resolveStart(args([]), { file, loaded: loaded.value })).toMatchObject({ settings: { port: 4100 } });
  });
});
