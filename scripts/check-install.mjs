#!/usr/bin/env node
// The third-party developer's path, walked with plain npm and nothing of this repository but its
// packed tarballs (after `pnpm build`):
//   1. `npm i @samspill/smart` alone stays light (packages and megabytes counted);
//   2. every public package installs into an empty folder;
//   3. every entry point imports in Node;
//   4. @lit-labs/ssr renders every component as declarative shadow DOM;
//   5. no published declaration says `any`, and a consumer importing every typed entry point, with the
//      uses in scripts/install/*.ts(x) (each `@ts-expect-error` fails if a type became `any`, plus the JSX
//      and Vue typings), type-checks without skipLibCheck under node16, nodenext and bundler resolution;
//   6. `npx samspill-sandbox` starts and serves SMART discovery and patients;
//   7. `create-samspill-app` scaffolds each template, which installs, builds, tests and type-checks.
// Each step is its own check and can fail alone. Needs the npm registry (lit, vite, typescript…).
// `pnpm check:install [template…]` limits step 7 to the named templates.
import { execFile, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { createChecks } from './checks.mjs';
import { root } from './workspace-sources.mjs';

const run = promisify(execFile);
const TEMPLATES = ['vanilla', 'lit', 'react'];
const LIGHT_INSTALL = { packages: 40, megabytes: 40 };
const RESOLUTIONS = [
  { module: 'node16', moduleResolution: 'node16' },
  { module: 'nodenext', moduleResolution: 'nodenext' },
  { module: 'esnext', moduleResolution: 'bundler' },
];
// What a consumer adds beside Samspill for the checks below; never dependencies of ours.
const CONSUMER_DEV = ['typescript@5.9', '@lit-labs/ssr@4', '@types/react@19', 'vue@3'];
const CONSUMER_FILES = join(root, 'scripts', 'install');
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

const { check, finish } = createChecks('install');
const scratch = mkdtempSync(join(tmpdir(), 'samspill-install-'));
const tarballDir = join(scratch, 'tarballs');
const wantedTemplates = process.argv.slice(2).length > 0 ? process.argv.slice(2) : TEMPLATES;

/** Runs a command, failing with its output's tail so the check line says why. */
async function sh(command, args, cwd, timeout = 600_000) {
  try {
    const { stdout } = await run(command, args, { cwd, timeout, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const {
      stdout = '',
      stderr = '',
      message = '',
    } = /** @type {{ stdout?: string, stderr?: string, message?: string }} */ (error);
    const output = `${stdout}${stderr}`.trim().split('\n').slice(-15).join('\n    ');
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}\n    ${output || message}`, { cause: error });
  }
}

function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

const publicPackages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

/** name → absolute tarball path, every public package packed as npm would publish it. */
const tarballs = new Map();

/** Megabytes of a folder, counted from its files (what `du --apparent-size` reports). */
function megabytes(dir) {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return bytes / 1024 / 1024;
}

/**
 * An empty folder whose package.json depends on the `direct` tarballs, as `npm i <tarball>` writes it.
 * Every other Samspill package comes from its tarball too, through `overrides` (npm wants a direct
 * dependency overridden as `$name`), so dependencies between them never reach the registry.
 */
function emptyProject(name, direct) {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const dependencies = Object.fromEntries(direct.map((pkg) => [pkg, `file:${tarballs.get(pkg)}`]));
  const overrides = Object.fromEntries(
    [...tarballs].map(([pkg, file]) => [pkg, direct.includes(pkg) ? `$${pkg}` : `file:${file}`]),
  );
  writeJson(join(dir, 'package.json'), { name, private: true, type: 'module', dependencies, overrides });
  return dir;
}

/** Every import specifier a package's `exports` offers to JavaScript (type-only subpaths left out). */
function runtimeEntries(manifest) {
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath, target]) => subpath !== './package.json' && (typeof target === 'string' || target.default))
    .map(([subpath]) => manifest.name + subpath.slice(1));
}

try {
  const packed = await check('pack every public package', async () => {
    mkdirSync(tarballDir);
    for (const { dir, manifest } of publicPackages) {
      const out = await sh('pnpm', ['pack', '--pack-destination', tarballDir], dir);
      tarballs.set(manifest.name, out.trim().split('\n').pop());
    }
    return [...tarballs.keys()].join(', ');
  });
  if (!packed) throw new Error('nothing to install');

  await check(
    `npm i @samspill/smart brings at most ${LIGHT_INSTALL.packages} packages and ${LIGHT_INSTALL.megabytes} MB`,
    async () => {
      const dir = emptyProject('light', ['@samspill/smart']);
      await sh('npm', ['install', ...NPM_QUIET], dir);
      const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
      const count = Object.keys(lock.packages).filter((path) => path !== '').length;
      const size = megabytes(join(dir, 'node_modules'));
      const figures = `${count} packages, ${size.toFixed(1)} MB`;
      if (count > LIGHT_INSTALL.packages || size > LIGHT_INSTALL.megabytes) throw new Error(figures);
      return figures;
    },
  );

  const consumer = emptyProject('consumer', [...tarballs.keys()]);
  const installed = await check('plain npm installs every public package into an empty folder', async () => {
    await sh('npm', ['install', ...NPM_QUIET], consumer);
    // What the checks below use, as a consumer would add it.
    await sh('npm', ['install', ...NPM_QUIET, '-D', ...CONSUMER_DEV], consumer);
    for (const file of readdirSync(CONSUMER_FILES)) copyFileSync(join(CONSUMER_FILES, file), join(consumer, file));
    return `${tarballs.size} tarballs`;
  });

  if (installed) {
    for (const { manifest } of publicPackages) {
      const entries = runtimeEntries(manifest);
      if (entries.length === 0) continue;
      await check(`${manifest.name}: every entry point imports in Node`, async () => {
        const script = entries.map((entry) => `await import(${JSON.stringify(entry)});`).join('\n');
        await sh('node', ['--input-type=module', '--eval', script], consumer);
        return entries.join(', ');
      });
    }

    await check('@lit-labs/ssr renders every component as declarative shadow DOM', async () => {
      return (await sh('node', ['ssr.mjs'], consumer)).trim();
    });

    await check('no published declaration of ours says `any`', () => {
      const found = [...tarballs.keys()].flatMap((name) => anyInDeclarations(join(consumer, 'node_modules', name)));
      if (found.length > 0) throw new Error(found.join('\n    '));
    });

    const entries = publicPackages.flatMap(({ manifest }) => typedEntries(manifest));
    const usages = readdirSync(consumer).filter((file) => /\.tsx?$/.test(file));
    writeFileSync(
      join(consumer, 'entries.ts'),
      entries.map((entry, i) => `import * as entry${i} from '${entry}';\n`).join('') +
        `export const entries = [${entries.map((_, i) => `entry${i}`).join(', ')}];\n`,
    );
    for (const { module, moduleResolution } of RESOLUTIONS) {
      await check(`a consumer type-checks under ${moduleResolution} with skipLibCheck false`, async () => {
        const config = `tsconfig.${moduleResolution}.json`;
        const compilerOptions = {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          module,
          moduleResolution,
          jsx: 'react-jsx',
          types: [],
        };
        writeJson(join(consumer, config), { compilerOptions, files: ['entries.ts', ...usages] });
        await sh(join(consumer, 'node_modules', '.bin', 'tsc'), ['-p', config], consumer);
        return `${entries.length} entry points, ${usages.length} files of uses`;
      });
    }

    await check('npx samspill-sandbox starts and serves SMART discovery and patients', () => sandboxServes(consumer));
  }

  for (const template of wantedTemplates) {
    const app = join(scratch, `app-${template}`);
    /** @type {[string, () => Promise<string>][]} */
    const steps = [
      [
        'scaffolds',
        () =>
          sh(
            'npx',
            [
              '--yes',
              '--package',
              tarballs.get('create-samspill-app'),
              'create-samspill-app',
              app,
              '--template',
              template,
              '--samspill-from',
              tarballDir,
            ],
            scratch,
          ),
      ],
      ['installs', () => sh('npm', ['install', ...NPM_QUIET], app)],
      ['builds', () => sh('npm', ['run', 'build'], app)],
      ['passes its test', () => sh('npm', ['test'], app)],
      ['type-checks', () => sh('npm', ['run', 'typecheck'], app)],
    ];
    for (const [what, step] of steps) {
      // A later step of a template whose earlier step failed is not run: its failure would say nothing new.
      if (!(await check(`create-samspill-app --template ${template}: ${what}`, async () => void (await step())))) break;
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

await finish();

/** Every subpath of a package's `exports` that has types: `@samspill/core`, `@samspill/core/data.js`, … */
function typedEntries(manifest) {
  return Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([subpath]) => manifest.name + subpath.slice(1));
}

/** `file:line` of every `any` keyword in an installed package's declarations (comments and strings are no tokens). */
function anyInDeclarations(installed) {
  const dist = join(installed, 'dist');
  if (!existsSync(dist)) return [];
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.d.ts'))
    .flatMap((file) => {
      const text = readFileSync(join(dist, file), 'utf8');
      const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
      const lines = [];
      for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
        if (token === ts.SyntaxKind.AnyKeyword) lines.push(text.slice(0, scanner.getTokenStart()).split('\n').length);
      }
      return lines.map((line) => `${installed}/dist/${file}:${line}`);
    });
}

/** Starts the installed CLI on a free port, reads the URLs it prints, and asks the server. */
async function sandboxServes(cwd) {
  // Its own process group, so stopping it stops the server npx started, not only npx.
  const child = spawn('npx', ['--no-install', 'samspill-sandbox', '--port', '0'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const fhir = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no FHIR base printed in 60 s:\n${output}`)), 60_000);
      child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
      child.stdout.on('data', () => {
        const match = /smart-v2\s+FHIR (http\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
    });
    const discovery = await (await fetch(`${fhir}/.well-known/smart-configuration`)).json();
    if (typeof discovery.authorization_endpoint !== 'string') throw new Error('no authorization_endpoint');
    const launch = /One ready EHR launch \(smart-v2, Patient\/([^)]+)\)/.exec(output);
    if (!launch) throw new Error(`no ready launch printed, so no patient is served:\n${output}`);
    return `${fhir}, Patient/${launch[1]}`;
  } finally {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  }
}
