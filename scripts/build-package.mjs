#!/usr/bin/env node
// The one library build every published package runs from its own folder (`pnpm build`):
//   1. declarations and declaration maps with `tsc -b` (the package's tsconfig.json);
//   2. unbundled ESM with source maps via rollup, one entry per `exports` subpath and `bin`, every
//      dependency and peer left external, and an undeclared import treated as an error;
//      a module named in the package's `vendor` field is bundled instead (see vendor-bundle.mjs);
//      the CSS in Lit's `css` literals minified (minify-css-literals.mjs);
//   3. custom-elements.json via the custom elements manifest analyzer, for packages that declare
//      a `customElements` field;
//   4. the repository's LICENSE copied in, so the tarball carries it.
// `--manifest-only` runs step 3 alone (Storybook needs the manifest, not the build).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';
import { copyVendorLicences, vendorBundles } from './vendor-bundle.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifestOnly = process.argv.includes('--manifest-only');

if (manifestOnly) {
  analyze();
} else {
  // The build info goes too, or tsc would think the deleted declarations are still up to date.
  for (const stale of ['dist', 'tsconfig.tsbuildinfo']) rmSync(stale, { recursive: true, force: true });
  execFileSync(bin('tsc'), ['-b', 'tsconfig.json'], { stdio: 'inherit' });
  await bundle();
  copyVendorLicences(pkg);
  analyze();
  copyFileSync(join(root, 'LICENSE'), 'LICENSE');
  console.log(`built ${pkg.name}`);
}

function analyze() {
  if (!pkg.customElements) return;
  const config = join(root, 'custom-elements-manifest.config.mjs');
  execFileSync(bin('cem'), ['analyze', '--quiet', '--config', config], { stdio: 'inherit' });
}

async function bundle() {
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const undeclared = new Set();
  const vendor = await vendorBundles(pkg);
  const build = await rollup({
    input: entryPoints([...Object.values(pkg.exports ?? {}), ...Object.values(pkg.bin ?? {})]),
    external(id) {
      if (vendor.has(id)) return false;
      if (id.startsWith('.') || id.startsWith('/') || id.startsWith('\0')) return false;
      const name = packageName(id);
      if (!declared.has(name) && !isBuiltin(id)) undeclared.add(name);
      return true;
    },
    plugins: [
      vendor.plugin,
      minifyCssLiteralsPlugin(),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', sourceMap: true }),
    ],
    onwarn(warning) {
      throw new Error(`rollup: ${warning.message}`); // a warning in a library build is a bug to fix, not noise
    },
  });
  if (undeclared.size > 0) {
    throw new Error(
      `${pkg.name} imports ${[...undeclared].join(', ')} without listing them in dependencies or peerDependencies`,
    );
  }
  await build.write({
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
  });
  await build.close();
}

/** `exports` and `bin` targets that point into dist/ map back to their sources: ./dist/a/b.js ← src/a/b.ts */
function entryPoints(targets) {
  /** @type {Record<string, string>} */
  const entries = {};
  for (const target of targets) {
    const file = typeof target === 'string' ? target : target.default;
    const match = /^\.\/dist\/(.+)\.js$/.exec(file ?? '');
    if (!match) continue;
    const source = join('src', `${match[1]}.ts`);
    if (!existsSync(source)) throw new Error(`${pkg.name}: ${file} has no source ${source}`);
    entries[match[1]] = source;
  }
  if (Object.keys(entries).length === 0) throw new Error(`${pkg.name}: no exports point into ./dist`);
  return entries;
}

function packageName(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isBuiltin(id) {
  return id.startsWith('node:') || builtinModules.includes(id);
}
