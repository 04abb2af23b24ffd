#!/usr/bin/env node
// What users get from npm, checked the way they would meet it. For every published workspace package
// (after `pnpm build`):
//   - the tarball holds only dist/, what `files` adds (templates), custom-elements.json where declared,
//     README.md, LICENSE and package.json;
//   - every `exports` target is in it, with `types` listed first;
//   - every module that registers an element, or imports one for its effect, is listed in
//     `sideEffects` in src/ and dist/ form, so no bundler tree-shakes a registration away;
//   - a plain Vite app that installs the tarball and imports the package builds, and in Chromium
//     every element of the package's manifest is defined, with no page error, and each component
//     shown in nynorsk fetches its strings as a chunk of its own and settles (browser packages; the
//     command-line tools are run from npm by check-install.mjs);
//   - each way of using Samspill stays within its size budget (scripts/size-budgets.mjs).
// Prints one line per check; writes { passed, failed } to $SAMSPILL_RESULT_FILE.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { bundleSize } from './bundle-size.mjs';
import { createChecks } from './checks.mjs';
import { SIZE_BUDGETS } from './size-budgets.mjs';
import { serveDirectory } from './static-server.mjs';
import { root } from './workspace-sources.mjs';

const REGISTERS_ELEMENT = /\b(?:defineElement|customElements\.define)\(\s*['"`]/;
const BARE_RELATIVE_IMPORT = /^import\s+['"](\.{1,2}\/[^'"]+)['"]/gm;
const { check, finish } = createChecks('packages');

// Each component element shown in nynorsk with nothing to show: it must fetch its strings (a chunk
// the bundler split off) and settle, as in an app of someone else's.
const SHOWN_IN_NYNORSK = `(async () => {
  const shown = window.__defined.filter((tag) => customElements.get(tag).localePacks);
  window.__nynorsk = await Promise.all(shown.map(async (tag) => {
    const element = document.createElement(tag);
    element.locale = 'nn';
    element.resources = [];
    document.body.append(element);
    const status = () => element.shadowRoot?.querySelector('[data-status]')?.getAttribute('data-status');
    for (let tries = 0; tries < 200 && status() !== 'empty'; tries++) await new Promise((r) => setTimeout(r, 25));
    return { tag, status: status() };
  }));
})();
`;

const scratch = mkdtempSync(join(tmpdir(), 'samspill-packages-'));
const packages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

try {
  for (const { dir, manifest } of packages) {
    const tarball = pack(dir);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((entry) => entry.replace(/^package\//, ''));

    await check(`${manifest.name}: tarball holds only what users need`, () => {
      // What `files` lists beyond dist/ (a scaffolder's templates) ships as it is, its tests included.
      const shipped = (manifest.files ?? []).filter((entry) => entry !== 'dist');
      const allowed = (file) =>
        file.startsWith('dist/') ||
        shipped.some((entry) => file === entry || file.startsWith(`${entry}/`)) ||
        ['README.md', 'LICENSE', 'package.json', manifest.customElements].includes(file);
      const built = (file) => file.startsWith('dist/');
      const extra = files.filter(
        (file) => !allowed(file) || /\.stories\.|tsbuildinfo/.test(file) || (built(file) && /\.test\./.test(file)),
      );
      if (extra.length > 0) throw new Error(`unexpected files: ${extra.join(', ')}`);
      const missing = ['README.md', 'LICENSE', 'package.json', manifest.customElements]
        .filter(Boolean)
        .filter((file) => !files.includes(file));
      if (missing.length > 0) throw new Error(`missing: ${missing.join(', ')}`);
      return `${files.length} files, ${Math.round(readFileSync(tarball).length / 1024)} kB packed`;
    });

    await check(`${manifest.name}: exports resolve, types first`, () => {
      for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
        const conditions = typeof target === 'string' ? { default: target } : target;
        const keys = Object.keys(conditions);
        if (keys.includes('types') && keys[0] !== 'types') throw new Error(`${subpath}: "types" must come first`);
        for (const file of Object.values(conditions)) {
          if (!files.includes(file.replace(/^\.\//, ''))) throw new Error(`${subpath}: ${file} is not in the tarball`);
        }
      }
    });

    await check(`${manifest.name}: every element registration is a declared side effect`, () => {
      if (manifest.sideEffects === true) return 'whole package has side effects';
      const declared = new Set(Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []);
      const needed = sideEffectModules(join(dir, 'src')).flatMap((file) => {
        const source = `./${relative(dir, file)}`;
        return [source, source.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js')];
      });
      const undeclared = needed.filter((path) => !declared.has(path));
      if (undeclared.length > 0) throw new Error(`add to "sideEffects": ${undeclared.join(', ')}`);
      return `${needed.length / 2} module(s) with side effects`;
    });

    // A command-line tool (the sandbox, the scaffolder) runs in Node: check-install.mjs runs it from npm.
    if (manifest.bin) continue;
    await check(`${manifest.name}: a plain Vite app imports the tarball and its elements are defined`, () =>
      consumerApp(dir, manifest, tarball),
    );
  }
  for (const { name, code, budget, goal } of SIZE_BUDGETS) {
    const limit = typeof budget === 'function' ? budget() : budget;
    const target = typeof goal === 'function' ? goal() : goal;
    await check(`size: ${name} within ${kB(limit)} gzip`, async () => {
      const size = await bundleSize(code);
      const largest = Math.max(0, ...size.deferred.map((chunk) => chunk.gzip));
      const detail = `${kB(size.gzip)} gzip (goal ${kB(target)})${largest ? `; chunks on demand up to ${kB(largest)}` : ''}`;
      if (size.gzip > limit) throw new Error(`${detail}: over budget by ${size.gzip - limit} B`);
      return detail;
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

await finish();

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function pack(dir) {
  const out = execFileSync('pnpm', ['pack', '--pack-destination', scratch], { cwd: dir, encoding: 'utf8' });
  const tarball = out.trim().split('\n').pop() ?? '';
  return tarball.startsWith('/') ? tarball : join(scratch, tarball);
}

/**
 * Modules a bundler must keep although nothing is imported from them: those that register an element,
 * and those that import one of those just for its effect (`import './define.js'`). Bundlers drop a
 * side-effect-free module together with its bare imports, so the whole chain has to be declared.
 */
function sideEffectModules(srcDir) {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !/\.(stories|test)\.ts$/.test(file))
    .map((file) => join(srcDir, file));
  const bareImports = new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(BARE_RELATIVE_IMPORT)].map((m) =>
        join(dirname(file), m[1].replace(/\.js$/, '.ts')),
      );
      return [file, targets];
    }),
  );
  const marked = new Set(files.filter((file) => REGISTERS_ELEMENT.test(readFileSync(file, 'utf8'))));
  for (let grew = true; grew;) {
    grew = false;
    for (const [file, targets] of bareImports) {
      if (marked.has(file) || !targets.some((target) => marked.has(target))) continue;
      marked.add(file);
      grew = true;
    }
  }
  return [...marked];
}

/** A fresh app outside the workspace: the tarball unpacked into its node_modules, dependencies linked. */
async function consumerApp(dir, manifest, tarball) {
  const app = join(scratch, `app-${manifest.name.replace(/\W/g, '-')}`);
  const installed = join(app, 'node_modules', manifest.name);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    const target = join(app, 'node_modules', dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(realpathSync(join(dir, 'node_modules', dependency)), target);
  }
  const tags = elementTags(installed, manifest);
  // The package's entry, plus every subpath that is there for its side effect (`@samspill/core/define.js`).
  const sideEffects = new Set(Array.isArray(manifest.sideEffects) ? manifest.sideEffects : []);
  const specifiers = Object.entries(manifest.exports ?? {})
    .filter(([subpath, target]) => subpath === '.' || sideEffects.has(target.default ?? target))
    .map(([subpath]) => manifest.name + subpath.slice(1));
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><html lang="nb"><script type="module" src="./main.js"></script></html>',
  );
  writeFileSync(
    join(app, 'main.js'),
    specifiers.map((specifier) => `import ${JSON.stringify(specifier)};\n`).join('') +
      `window.__defined = ${JSON.stringify(tags)}.filter((tag) => customElements.get(tag));\n` +
      SHOWN_IN_NYNORSK,
  );
  await build({ root: app, logLevel: 'silent', configFile: false, build: { outDir: 'dist' } });
  // What the page loads up front is what its HTML names (the entry and its preloaded imports); the
  // rest are chunks fetched on demand (a locale's strings, the static search engine).
  const assets = join(app, 'dist', 'assets');
  const page = readFileSync(join(app, 'dist', 'index.html'), 'utf8');
  const gzipOf = (files) =>
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file)), { level: 9 }).length, 0);
  const scripts = readdirSync(assets).filter((file) => file.endsWith('.js'));
  const upFront = scripts.filter((file) => page.includes(`/assets/${file}"`));

  const { defined, nynorsk, fetched } = await openInChromium(join(app, 'dist'));
  const undefinedTags = tags.filter((tag) => !defined.includes(tag));
  if (undefinedTags.length > 0) throw new Error(`not defined after import: ${undefinedTags.join(', ')}`);
  const unsettled = nynorsk.filter(({ status }) => status !== 'empty');
  if (unsettled.length > 0) throw new Error(`in nynorsk, never settled: ${JSON.stringify(unsettled)}`);
  if (nynorsk.length > 0 && !fetched.some((file) => !upFront.includes(file)))
    throw new Error('shown in nynorsk, but no chunk was fetched on demand');
  const onDemand = scripts.filter((file) => !upFront.includes(file));
  return `${specifiers.join(' + ')}: ${tags.length} element(s) defined; app JS ${gzipOf(upFront)} B gzip up front, ${onDemand.length} chunk(s) of ${gzipOf(onDemand)} B on demand; ${nynorsk.length} shown in nynorsk`;
}

function elementTags(installed, manifest) {
  // A package of wrappers (@samspill/react) has no elements of its own, only modules with side effects
  // that register its dependencies' elements: those must be defined.
  if (!manifest.customElements) {
    if (!Array.isArray(manifest.sideEffects) || manifest.sideEffects.length === 0) return [];
    return Object.keys(manifest.dependencies ?? {})
      .filter((name) => name.startsWith('@samspill/'))
      .flatMap((name) => {
        const dependency = join(dirname(installed), '..', name);
        return elementTags(dependency, JSON.parse(readFileSync(join(dependency, 'package.json'), 'utf8')));
      });
  }
  const cem = JSON.parse(readFileSync(join(installed, manifest.customElements), 'utf8'));
  return cem.modules.flatMap((mod) => mod.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
}

async function openInChromium(site) {
  const server = await serveDirectory(site);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname.replace('/assets/', '')));
    await page.goto(`${server.url}/`);
    const defined = await page.waitForFunction(() => /** @type {any} */ (globalThis).__defined, null, {
      timeout: 10_000,
    });
    const nynorsk = await page.waitForFunction(() => /** @type {any} */ (globalThis).__nynorsk, null, {
      timeout: 10_000,
    });
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return {
      defined: /** @type {string[]} */ (await defined.jsonValue()),
      nynorsk: /** @type {{ tag: string, status: string }[]} */ (await nynorsk.jsonValue()),
      fetched,
    };
  } finally {
    await browser.close();
    server.close();
  }
}
