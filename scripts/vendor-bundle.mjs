// Third-party modules a package bundles into its dist instead of depending on them, named in its
// package.json: `"vendor": { "<specifier>": { "<module inside it>": "./file standing in for it" } }`.
// Why: a dependency whose install is far heavier than the few files we run (fhirclient pulls in
// expo and react-native through isomorphic-webcrypto). Each specifier becomes one ESM file,
// dist/vendor/<specifier>, with the package's name, version and licence at its top and its LICENSE
// (and NOTICE) beside it. The vendored package must be a devDependency, never a dependency.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(join(process.cwd(), 'package.json'));

/** @returns {Promise<{ has(id: string): boolean, plugin: import('rollup').Plugin }>} */
export async function vendorBundles(pkg) {
  /** @type {Map<string, string>} the absolute id rollup gives each vendored specifier → its code */
  const modules = new Map();
  /** @type {Map<string, string>} */
  const ids = new Map();
  for (const [specifier, shims] of Object.entries(pkg.vendor ?? {})) {
    // An id under src/ (no such file exists; load() supplies it), so preserveModules writes dist/vendor/….
    const id = resolve('src', 'vendor', specifier.endsWith('.js') ? specifier : `${specifier}.js`);
    ids.set(specifier, id);
    modules.set(id, await bundleOne(pkg, specifier, shims));
  }
  return {
    has: (id) => ids.has(id),
    plugin: {
      name: 'samspill-vendor',
      resolveId: (source) => ids.get(source) ?? null,
      // No source map: the vendored lines map to nothing rather than to files the tarball lacks.
      load(id) {
        const code = modules.get(id);
        return code === undefined ? null : { code, map: { mappings: '' } };
      },
    },
  };
}

/** Copies each vendored package's LICENSE and NOTICE to dist/vendor/<package>/. */
export function copyVendorLicences(pkg) {
  for (const name of new Set(Object.keys(pkg.vendor ?? {}).map(packageName))) {
    const root = packageRoot(name);
    mkdirSync(join('dist', 'vendor', name), { recursive: true });
    for (const file of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'NOTICE', 'NOTICE.md']) {
      if (existsSync(join(root, file))) copyFileSync(join(root, file), join('dist', 'vendor', name, file));
    }
  }
}

async function bundleOne(pkg, specifier, shims) {
  const name = packageName(specifier);
  if (pkg.dependencies?.[name] || pkg.peerDependencies?.[name] || !pkg.devDependencies?.[name]) {
    throw new Error(`${pkg.name}: vendored ${name} must be a devDependency only`);
  }
  const meta = JSON.parse(readFileSync(join(packageRoot(name), 'package.json'), 'utf8'));
  // CommonJS has no static export list; Node's own CJS lexer finds the names, which esbuild then re-exports.
  const exported = Object.keys(await import(pathToFileURL(require.resolve(specifier)).href)).filter(
    (key) => key !== 'default' && key !== 'module.exports',
  );
  const result = await build({
    stdin: { contents: `export { ${exported.join(', ')} } from '${specifier}';`, resolveDir: process.cwd() },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    // Every module the vendored code needs is bundled, or stood in for; nothing is left to resolve at runtime.
    alias: Object.fromEntries(Object.entries(shims).map(([module, file]) => [module, resolve(file)])),
    // Read by code meant for bundlers (fhirclient disables its discovery cache under "test").
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'inline',
    banner: {
      js: `/*! ${meta.name} ${meta.version} (${meta.license}), bundled by ${pkg.name}: see dist/vendor/${name}/LICENSE */`,
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

function packageRoot(name) {
  return dirname(require.resolve(`${name}/package.json`));
}

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}
