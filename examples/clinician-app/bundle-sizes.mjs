// What each page of a build costs to load: its entry script and every chunk it imports statically,
// gzipped (level 9), from Vite's manifest. `pnpm size` here, and printed by the end-to-end setup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * @param {string} outDir a `vite build` output with `build.manifest: true`
 * @returns {{ page: string, files: number, raw: number, gzip: number }[]}
 */
export function bundleSizes(outDir) {
  /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  return Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([page]) => {
      const files = new Set();
      const visit = (key) => {
        const chunk = manifest[key];
        if (!chunk || files.has(chunk.file)) return;
        files.add(chunk.file);
        for (const imported of chunk.imports ?? []) visit(imported);
      };
      visit(page);
      const code = [...files].map((file) => readFileSync(join(outDir, file)));
      return {
        page,
        files: files.size,
        raw: code.reduce((sum, bytes) => sum + bytes.length, 0),
        gzip: code.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0),
      };
    });
}

/**
 * One line per page, e.g. `launch.html 74.1 kB, 25.8 kB gzip (JS, 2 files)`.
 *
 * @param {{ page: string, files: number, raw: number, gzip: number }[]} sizes
 * @returns {string[]}
 */
export function formatSizes(sizes) {
  const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  return sizes.map(
    ({ page, files, raw, gzip }) =>
      `${page.padEnd(11)} ${kB(raw)}, ${kB(gzip)} gzip (JS, ${files} file${files === 1 ? '' : 's'})`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.argv[2] ?? fileURLToPath(new URL('dist', import.meta.url));
  console.log(formatSizes(bundleSizes(outDir)).join('\n'));
}
