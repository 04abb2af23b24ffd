#!/usr/bin/env node
// `pnpm bench`: every package's benchmarks, in one table. `*.bench.ts` runs in Node and
// `*.browser.bench.ts` in headless Chromium, both loaded through Vite with workspace packages from
// source. `pnpm bench core` runs one package. Benchmarks are never part of `pnpm test`.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  server: { host: '127.0.0.1', port: 0 },
  optimizeDeps: { noDiscovery: true, include: [] },
});
await server.listen();
const browser = files.some(({ file }) => file.endsWith('.browser.bench.ts'))
  ? await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS })
  : undefined;

const table = [];
try {
  for (const { pkg, file } of files) {
    const path = `/${relative(root, file)}`;
    const where = file.endsWith('.browser.bench.ts') ? 'chromium' : 'node';
    process.stderr.write(`running ${path} in ${where}…\n`);
    const rows = where === 'chromium' && browser ? await inBrowser(browser, path) : await inNode(file);
    for (const row of rows) table.push({ package: pkg, where, benchmark: row.name, result: row.value });
  }
} finally {
  await browser?.close();
  await server.close();
}

if (table.length === 0) console.log('No benchmarks found.');
else printTable(table);

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
