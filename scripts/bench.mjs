#!/usr/bin/env node
// `pnpm bench`: every package's benchmarks, in one table. `*.bench.ts` runs in Node and
// `*.browser.bench.ts` in headless Chromium, both loaded through Vite with workspace packages from
// source. `pnpm bench core` runs one package. Benchmarks are never part of `pnpm test`.
// The anchors (bench/anchors: Medplum, fhir-react) run with them when installed; `pnpm bench anchors` alone.
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { measure } from './bench/measure.mjs';
import { root, workspaceSourcesVitePlugin } from './workspace-sources.mjs';

const only = process.argv.slice(2);
const files = readdirSync(join(root, 'packages'))
  .filter((name) => only.length === 0 || only.includes(name))
  .flatMap((name) => {
    const dir = join(root, 'packages', name, 'bench');
    try {
      return readdirSync(dir)
        .filter((file) => file.endsWith('.bench.ts'))
        .map((file) => ({ pkg: name, file: join(dir, file) }));
    } catch {
      return [];
    }
  });

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [workspaceSourcesVitePlugin()],
  // No hot reload: an edit elsewhere in the workspace must not reload a page mid-measurement.
  server: { host: '127.0.0.1', port: 0, hmr: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});
await server.listen();
const anchors = only.length === 0 || only.includes('anchors') ? await loadAnchors() : undefined;
const browser =
  files.some(({ file }) => file.endsWith('.browser.bench.ts')) || anchors?.installed
    ? await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS })
    : undefined;
const chromiumVersion = browser?.version() ?? '(not used)';

const table = [];
try {
  for (const { pkg, file } of files) {
    const path = `/${relative(root, file)}`;
    const where = file.endsWith('.browser.bench.ts') ? 'chromium' : 'node';
    process.stderr.write(`running ${path} in ${where}…\n`);
    const rows = where === 'chromium' && browser ? await inBrowser(browser, path) : await inNode(file);
    for (const row of rows) table.push({ package: pkg, where, benchmark: row.name, result: row.value });
  }
  if (anchors?.installed && browser) await runAnchors(anchors.module, browser);
} finally {
  await browser?.close();
  await server.close();
}

console.log(`machine: ${machine()}, Chromium ${chromiumVersion}`);
if (table.length === 0) console.log('No benchmarks found.');
else printTable(table);
if (anchors && !anchors.installed) {
  console.log('Anchors (Medplum, fhir-react) not installed: `pnpm bench:anchors-install` adds them to this table.');
}

async function inNode(file) {
  const module = await server.ssrLoadModule(file);
  return measure(module.default);
}

async function inBrowser(browserInstance, path) {
  const page = await browserInstance.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  const address = server.resolvedUrls?.local[0] ?? '';
  await page.goto(new URL('/scripts/bench/page.html', address).href);
  const rows = await page.evaluate(
    async ({ measurePath, benchPath }) => {
      const [{ measure: run }, module] = await Promise.all([import(measurePath), import(benchPath)]);
      return run(module.default);
    },
    { measurePath: '/scripts/bench/measure.mjs', benchPath: path },
  );
  await page.close();
  if (errors.length > 0) throw errors[0];
  return rows;
}

function printTable(rows) {
  const columns = Object.keys(rows[0]);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(columns));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  for (const row of rows) console.log(line(columns.map((column) => row[column])));
}

// ── Anchors (issue 18): what the figures are read against, installed apart in bench/anchors ──

/** bench/anchors/run.mjs, and whether its packages are installed. */
async function loadAnchors() {
  // A computed specifier: bench/anchors is not part of the scripts' type check.
  const module = await import(pathToFileURL(join(root, 'bench', 'anchors', 'run.mjs')).href);
  return { module, installed: module.anchorsInstalled() };
}

async function runAnchors(module, browserInstance) {
  const push = (where) => (row) => table.push({ package: 'anchors', where, benchmark: row.name, result: row.value });
  process.stderr.write('running bench/anchors…\n');
  (await module.sizeRows()).forEach(push('node'));
  const address = server.resolvedUrls?.local[0] ?? '';
  const medplum = await module.firstPaintRows(browserInstance, new URL('/scripts/bench/page.html', address).href);
  const ratios = module.firstPaintRatios(table, medplum);
  [...medplum, ...ratios].forEach(push('chromium'));
}

/** The machine the figures were measured on, once per run. */
function machine() {
  const cores = cpus();
  return `${cores[0]?.model.trim() ?? 'unknown CPU'}, ${cores.length} cores, Node ${process.version}`;
}
