// `--config FILE.json`: the file read, checked (cli-config.ts) and each `jwksFile` read in, so the
// clients come out exactly as startSandbox takes them, or every problem comes out naming its file.
import { readFile } from 'node:fs/promises';
import type { SandboxSettings } from './cli-arguments.js';
import { checkConfig, checkJwks, type Checked, type ConfiguredClient } from './cli-config.js';
import type { Client } from './clients.js';

export interface LoadedConfig {
  readonly settings: Partial<SandboxSettings>;
  readonly clients: readonly Client[];
}

export async function readConfigFile(file: string): Promise<Checked<LoadedConfig>> {
  const json = await readJson(file);
  if (!json.ok) return { ok: false, problems: [`${file}: ${json.problem}`] };
  const checked = checkConfig(json.value, file);
  if (!checked.ok) return checked;
  const problems: string[] = [];
  const clients = await Promise.all(
    checked.value.clients.map((client, index) => withKeys(client, `clients[${index}].auth.jwksFile`, problems)),
  );
  if (problems.length > 0) return { ok: false, problems: problems.map((problem) => `${file}: ${problem}`) };
  return { ok: true, value: { settings: checked.value.settings, clients: clients.filter((c) => c !== undefined) } };
}

async function withKeys(client: ConfiguredClient, path: string, problems: string[]): Promise<Client | undefined> {
  const { auth } = client;
  if (!('jwksFile' in auth)) return { ...client, auth };
  const json = await readJson(auth.jwksFile);
  if (!json.ok) {
    problems.push(`${path}: ${auth.jwksFile} ${json.problem}`);
    return undefined;
  }
  const jwks = checkJwks(json.value, `${path} (${auth.jwksFile})`);
  if (!jwks.ok) {
    problems.push(...jwks.problems);
    return undefined;
  }
  return { ...client, auth: { type: 'private_key_jwt', jwks: jwks.value } };
}

async function readJson(file: string): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, problem: `is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}
