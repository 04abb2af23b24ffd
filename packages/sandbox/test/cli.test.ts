import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { launcherUrl, launchUrl, parseCliArguments } from '../src/cli-arguments.js';
import { readDataDirectory } from '../src/data-directory.js';

describe('the command line', () => {
  it('defaults to 127.0.0.1:4000 and the example data', () => {
    expect(parseCliArguments([])).toEqual({
      port: 4000,
      host: '127.0.0.1',
      app: 'http://127.0.0.1:5173/launch.html',
      help: false,
    });
  });

  it('takes --port, --host, --data and --app, and refuses nonsense', () => {
    expect(
      parseCliArguments(['--port', '0', '--host', '::1', '--data', 'dir', '--app', 'http://localhost:1/l']),
    ).toMatchObject({
      port: 0,
      host: '::1',
      data: 'dir',
      app: 'http://localhost:1/l',
    });
    expect(parseCliArguments(['--port', 'x'])).toMatch(/--port/);
    expect(parseCliArguments(['--colour'])).toMatch(/colour/);
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
