// Every template scaffolded into a temporary folder, the way the CLI writes it: the files, the
// package.json, and nothing left to fill in. (Installing, building and testing the result against
// packed tarballs is the release check's job: it needs the registry.)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TEMPLATES, USAGE } from '../src/arguments.js';
import { createApp, ownVersion, TEMPLATES_DIR, UsageError } from '../src/create-app.js';
import { PLACEHOLDER } from '../src/plan.js';
import { run } from '../src/run.js';

const scratch = mkdtempSync(join(tmpdir(), 'create-samspill-app-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Manifest {
  name: string;
  private: boolean;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides?: Record<string, string>;
}

const SHARED_FILES = [
  '.gitignore',
  'README.md',
  'launch.html',
  'index.html',
  'package.json',
  'scripts/dev.mjs',
  'src/app.css',
  'src/config.ts',
  'src/env.d.ts',
  'src/errors.ts',
  'src/launch.ts',
  'src/patient.test.ts',
  'src/patient.ts',
  'src/screens.ts',
  'src/texts.ts',
  'tsconfig.json',
  'tsconfig.node.json',
  'vite.config.ts',
];

const OWN_FILES = {
  vanilla: ['src/main.ts'],
  lit: ['src/patient-app.ts'],
  react: ['src/app.tsx', 'src/main.tsx'],
} as const;

/** The packages a source file imports: `lit` of `lit/decorators.js`, `@samspill/core` of its subpaths. */
function importedPackages(source: string): string[] {
  const specifiers = [...source.matchAll(/^(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/gm)];
  return specifiers.flatMap(([, specifier = '']) => {
    if (specifier.startsWith('.')) return [];
    const parts = specifier.split('/');
    return [specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '')];
  });
}

describe.each(TEMPLATES)('the %s template', (template) => {
  const directory = join(scratch, `${template}-app`);
  const { files } = createApp({ directory, template, version: '1.2.3' });
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as Manifest;

  it('writes the shared files and its own, and nothing else', () => {
    const written = readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .map((path) => path.split(/[\\/]/).join('/'))
      .filter((path) => !['scripts', 'src'].includes(path))
      .sort();
    expect(written).toEqual([...SHARED_FILES, ...OWN_FILES[template]].sort());
    expect(files.map((file) => file.path)).toEqual(written);
  });

  it('leaves no placeholder unfilled and names the app', () => {
    for (const file of files) expect(file.contents, file.path).not.toMatch(PLACEHOLDER);
    expect(readFileSync(join(directory, 'index.html'), 'utf8')).toContain(`<title>${template}-app</title>`);
    expect(readFileSync(join(directory, 'README.md'), 'utf8')).toMatch(new RegExp(`^# ${template}-app\\n`));
  });

  it('has the scripts a Samspill app runs', () => {
    expect(manifest).toMatchObject({ name: `${template}-app`, private: true });
    expect(manifest.scripts).toEqual({
      dev: 'node scripts/dev.mjs',
      build: 'vite build',
      preview: 'vite preview',
      test: 'vitest run',
      typecheck: 'tsc --noEmit && tsc --noEmit -p tsconfig.node.json',
    });
  });

  it('depends on the Samspill packages at the version asked for, the sandbox for development only', () => {
    const samspill = (deps: Record<string, string>) =>
      Object.fromEntries(Object.entries(deps).filter(([name]) => name.startsWith('@samspill/')));
    const components = template === 'react' ? ['@samspill/react'] : ['@samspill/medication-list'];
    expect(samspill(manifest.dependencies)).toEqual(
      Object.fromEntries(['@samspill/core', ...components, '@samspill/smart'].sort().map((name) => [name, '^1.2.3'])),
    );
    expect(samspill(manifest.devDependencies)).toEqual({ '@samspill/sandbox': '^1.2.3' });
    expect(manifest.dependencies).toHaveProperty('lit');
    expect(manifest.devDependencies).toHaveProperty('vite');
    expect(manifest.devDependencies).toHaveProperty('vitest');
    expect(manifest.devDependencies).toHaveProperty('typescript');
    for (const version of [...Object.values(manifest.dependencies), ...Object.values(manifest.devDependencies)])
      expect(version).not.toBe('*');
  });

  it('imports only what its package.json declares', () => {
    const declared = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.devDependencies)]);
    const everything = files.flatMap((file) => importedPackages(file.contents));
    expect(everything).toEqual(expect.arrayContaining(['@samspill/smart', '@samspill/core', 'vitest', 'vite']));
    for (const file of files.filter((entry) => /\.(ts|tsx|mjs)$/.test(entry.path))) {
      for (const name of importedPackages(file.contents)) {
        if (name.startsWith('node:')) continue;
        // `fhir/r4` is types only, from @types/fhir.
        const needed = name === 'fhir' ? '@types/fhir' : name;
        expect(declared, `${file.path} imports ${name}`).toContain(needed);
      }
    }
  });
});

describe('createApp', () => {
  it('writes to a folder that holds only .git', () => {
    const directory = join(scratch, 'with-git');
    mkdirSync(join(directory, '.git'), { recursive: true });
    expect(() => createApp({ directory, template: 'vanilla', version: '1.2.3' })).not.toThrow();
  });

  it('refuses a folder that is not empty, unless forced', () => {
    const directory = join(scratch, 'taken');
    mkdirSync(directory);
    writeFileSync(join(directory, 'notes.txt'), 'mine');
    expect(() => createApp({ directory, template: 'lit', version: '1.2.3' })).toThrow(UsageError);
    createApp({ directory, template: 'lit', version: '1.2.3', force: true });
    expect(readFileSync(join(directory, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readdirSync(directory)).toContain('package.json');
  });

  it('depends on packed tarballs with --samspill-from, for the whole tree', () => {
    const packs = join(scratch, 'packs');
    mkdirSync(packs);
    const names = ['core', 'smart', 'medication-list', 'care-plan', 'timeline', 'react', 'sandbox'];
    for (const name of names) writeFileSync(join(packs, `samspill-${name}-1.2.3.tgz`), '');
    createApp({ directory: join(scratch, 'from-tarballs'), template: 'react', samspillFrom: packs });
    const manifest = JSON.parse(readFileSync(join(scratch, 'from-tarballs', 'package.json'), 'utf8')) as Manifest;
    expect(manifest.dependencies['@samspill/react']).toBe(`file:${join(packs, 'samspill-react-1.2.3.tgz')}`);
    expect(manifest.devDependencies['@samspill/sandbox']).toBe(`file:${join(packs, 'samspill-sandbox-1.2.3.tgz')}`);
    expect(Object.keys(manifest.overrides ?? {})).toEqual(names.map((name) => `@samspill/${name}`).sort());
  });

  it('says which tarball is missing', () => {
    const packs = join(scratch, 'few-packs');
    mkdirSync(packs);
    writeFileSync(join(packs, 'samspill-core-1.2.3.tgz'), '');
    expect(() => createApp({ directory: join(scratch, 'missing'), template: 'vanilla', samspillFrom: packs })).toThrow(
      /no tarball of @samspill\/medication-list/,
    );
  });

  it('depends on its own version by default', () => {
    expect(ownVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(TEMPLATES_DIR).toBe(fileURLToPath(new URL('../templates', import.meta.url)));
  });
});

describe('the command', () => {
  const output = () => {
    const lines: string[] = [];
    const errors: string[] = [];
    return {
      lines,
      errors,
      io: {
        env: {},
        cwd: scratch,
        log: (text: string) => lines.push(text),
        error: (text: string) => errors.push(text),
      },
    };
  };

  it('creates the app in a folder relative to where it runs, and says what to do next', async () => {
    const { io, lines } = output();
    expect(await run(['cmd-app', '--template', 'lit'], { ...io, env: { npm_config_user_agent: 'pnpm/10.34.9' } })).toBe(
      0,
    );
    expect(readdirSync(join(scratch, 'cmd-app'))).toContain('package.json');
    expect(lines.join('\n')).toMatch(/cd cmd-app\n {2}pnpm install\n {2}pnpm dev/);
  });

  it('exits 2 with the usage when no directory is given and nobody can answer', async () => {
    const { io, errors } = output();
    expect(await run([], io)).toBe(2);
    expect(errors.join('\n')).toContain('Usage: create-samspill-app');
  });

  it('exits 2 for a folder that is not empty', async () => {
    const { io, errors } = output();
    mkdirSync(join(scratch, 'full'));
    writeFileSync(join(scratch, 'full', 'x'), '');
    expect(await run(['full'], io)).toBe(2);
    expect(errors.join('\n')).toMatch(/is not empty \(x\)\. Choose another folder, or pass --force/);
  });

  it('asks for the directory and template at a terminal', async () => {
    const { io } = output();
    // Each answer typed once its question shows, as a person would.
    const input = new PassThrough();
    const prompts = new PassThrough();
    prompts.on('data', (chunk: Buffer) => {
      const question = chunk.toString();
      if (question.startsWith('App folder')) input.write('asked-app\n');
      if (question.startsWith('Template')) input.end('react\n');
    });
    expect(await run([], { ...io, terminal: { input, output: prompts } })).toBe(0);
    const manifest = JSON.parse(readFileSync(join(scratch, 'asked-app', 'package.json'), 'utf8')) as Manifest;
    expect(manifest.dependencies).toHaveProperty('react');
  });

  it('prints the usage for --help', async () => {
    const { io, lines } = output();
    expect(await run(['--help'], io)).toBe(0);
    expect(lines).toEqual([USAGE]);
  });
});
