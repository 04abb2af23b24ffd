// What each page of a build costs to load: its entry script and every chunk it imports statically, then
// what its dynamic imports add, gzipped (level 9), from Vite's manifest. `pnpm size` here, and printed by the end-to-end setup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** @typedef {{ files: number, raw: number, gzip: number }} Size */

/**
 * @param {string} outDir a `vite build` output with `build.manifest: true`
 * @returns {({ page: string, later: Size } & Size)[]} what each page loads at once, and `later` what
 *   its dynamic imports load after that
 */
export function bundleSizes(outDir) {
  /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  /** The files of `keys` and everything they import statically, except those in `known`. */
  const closure = (/** @type {string[]} */ keys, /** @type {Set<string>} */ known) => {
    const files = new Set();
    const visit = (/** @type {string} */ key) => {
      const chunk = manifest[key];
      if (!chunk || files.has(chunk.file) || known.has(chunk.file)) return;
      files.add(chunk.file);
      for (const imported of chunk.imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return files;
  };
  /** @returns {Size} */
  const size = (/** @type {Set<string>} */ files) => {
    const code = [...files].map((file) => readFileSync(join(outDir, file)));
    return {
      files: files.size,
      raw: code.reduce((sum, bytes) => sum + bytes.length, 0),
      gzip: code.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
    };
  };
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([page]) => {
      const now = closure([page], new Set());
      const dynamic = [...now].flatMap(
        (file) => Object.values(manifest).find((chunk) => chunk.file === file)?.dynamicImports ?? [],
      );
      return { page, ...size(now), later: size(closure(dynamic, now)) };
    });
}

/**
 * One line per page, e.g. `index.html  109.5 kB, 38.9 kB gzip (JS, 2 files), then 288.5 kB, 87.7 kB gzip (1 file)`.
 *
 * @param {({ page: string, later: Size } & Size)[]} sizes
 * @returns {string[]}
 */
export function formatSizes(sizes) {
  const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const count = (/** @type {number} */ files) => `${files} file${files === 1 ? '' : 's'}`;
  return sizes.map(
    ({ page, files, raw, gzip, later }) =>
      `${page.padEnd(11)} ${kB(raw)}, ${kB(gzip)} gzip (JS, ${count(files)})` +
      (later.files > 0 ? `, then ${kB(later.raw)}, ${kB(later.gzip)} gzip (${count(later.files)})` : ''),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.argv[2] ?? fileURLToPath(new URL('dist', import.meta.url));
  console.log(formatSizes(bundleSizes(outDir)).join('\n'));
}
