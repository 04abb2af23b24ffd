// What a page pays for an import: the modules esbuild bundles for it, minified, gzip -9. The same
// measure for the size budgets (from the built dist/, what npm users get) and for `pnpm bench`
// (from source, no build needed); esbuild transforms the sources the same way the package build does.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { root, workspaceSource } from './workspace-sources.mjs';

const SPECIFIER = /^@samspill\/([a-z0-9-]+)(\/.+)?$/;

/**
 * Bytes of one page's JavaScript: `code` is the page's own module (imports and a use of them).
 * `minified` and `gzip` are what the page loads before it runs; `deferred` the chunks it may fetch
 * later through `import()`, each without what the page has already: an upper bound, as a page may
 * use a part of one. (esbuild's own code splitting keeps modules that are only re-exported, so it
 * would count code no page runs.)
 * @param {string} code
 * @param {{ from?: 'dist' | 'source' }} [options]
 * @returns {Promise<Size & { deferred: (Size & { module: string })[], modules: Record<string, number> }>}
 * @typedef {{ minified: number, gzip: number }} Size
 */
export async function bundleSize(code, { from = 'dist' } = {}) {
  const deferredModules = new Set();
  const page = await bundle({ contents: code, resolveDir: root, loader: 'js', sourcefile: 'page.js' }, from, {
    deferredModules,
  });
  // What the page has already is not fetched again: only the rest of each chunk counts.
  const loaded = new Set(Object.keys(page.modules).map((file) => join(root, file)));
  const deferred = [];
  for (const file of deferredModules) {
    const chunk = await bundle(
      { contents: `export * from ${JSON.stringify(file)};`, resolveDir: root, loader: 'js' },
      from,
      {
        deferredModules: new Set(),
        loaded,
      },
    );
    deferred.push({ module: relative(root, file), minified: chunk.minified, gzip: chunk.gzip });
  }
  return { ...page, deferred };
}

async function bundle(stdin, from, { deferredModules, loaded = new Set() }) {
  const result = await build({
    stdin,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    tsconfig: join(root, 'tsconfig.base.json'),
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [alreadyLoaded(loaded), deferredImports(deferredModules), workspacePackages(from)],
  });
  const output = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return {
    minified: output.length,
    gzip: gzipSync(output, { level: 9 }).length,
    modules: Object.fromEntries(Object.entries(inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput])),
  };
}

/** Bytes of a file as it is, gzip -9: a prebuilt bundle such as fhirclient's own. */
export function fileSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Every `import()` left out of the bundle and noted, to be measured as a chunk of its own. */
function deferredImports(found) {
  return {
    name: 'deferred-imports',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async ({ path, kind, importer, resolveDir, pluginData }) => {
        if (kind !== 'dynamic-import' || pluginData?.deferred) return undefined;
        const resolved = await build.resolve(path, { kind, importer, resolveDir, pluginData: { deferred: true } });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        found.add(resolved.path);
        return { path, external: true };
      });
    },
  };
}

/** Modules the page has loaded already stay out of a deferred chunk. */
function alreadyLoaded(loaded) {
  return {
    name: 'already-loaded',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async ({ path, kind, importer, resolveDir, pluginData }) => {
        if (loaded.size === 0 || kind === 'entry-point' || pluginData?.loaded) return undefined;
        const resolved = await build.resolve(path, { kind, importer, resolveDir, pluginData: { loaded: true } });
        return loaded.has(resolved.path) ? { path, external: true } : undefined;
      });
    },
  };
}

/** `@samspill/<name>` from the workspace: through `exports` to dist/, or to the source file it is built from. */
function workspacePackages(from) {
  return {
    name: 'samspill-workspace',
    setup(build) {
      build.onResolve({ filter: SPECIFIER }, ({ path }) => {
        if (from === 'source') return { path: workspaceSource(path) };
        const [, name, subpath] = SPECIFIER.exec(path) ?? [];
        const dir = join(root, 'packages', name);
        const target = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).exports?.[`.${subpath ?? ''}`];
        const file = join(dir, typeof target === 'string' ? target : target?.default);
        if (!existsSync(file)) throw new Error(`${path}: ${file} is not built (run pnpm build)`);
        return { path: file };
      });
      // From source, styles are minified as the package build minifies them.
      if (from === 'source') {
        build.onLoad({ filter: /[/\\]packages[/\\][^/\\]+[/\\]src[/\\].*\.ts$/ }, async ({ path }) => {
          const source = readFileSync(path, 'utf8');
          return { contents: (await minifyCssLiterals(source, path))?.code ?? source, loader: 'ts' };
        });
      }
    },
  };
}
