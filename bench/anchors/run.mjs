// The anchors of `pnpm bench` (issue 18): what Samspill's figures are read against, measured in the
// same run on the same machine. scripts/bench.mjs imports this module only when the anchors are
// installed (`pnpm bench:anchors-install`), so nothing here is needed for the workspace itself.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleSize } from '../../scripts/bundle-size.mjs';
import { SIZE_BUDGETS } from '../../scripts/size-budgets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ANCHORS = ['@medplum/react', 'fhir-react', 'react-dom'];

/** Whether `npm ci` has been run here (`pnpm bench:anchors-install`). */
export function anchorsInstalled() {
  return ANCHORS.every((name) => existsSync(join(here, 'node_modules', name, 'package.json')));
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (ratio) => `${ratio.toFixed(2)}×`;
/** 50000 → '50 000', as the other benchmarks name their sizes. */
const spaced = (n) => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

/** Minified, gzip -9 bytes of the stylesheets a page of the anchor links, bundled as one. */
async function cssSize(sheets) {
  const result = await build({
    stdin: {
      contents: sheets.map((sheet) => `@import ${JSON.stringify(sheet)};`).join('\n'),
      loader: 'css',
      resolveDir: here,
    },
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
}

/** The JavaScript (as scripts/bundle-size.mjs measures Samspill's) and the CSS a page of `app` loads. */
async function pageSize(app, sheets) {
  const js = await bundleSize(`import { main } from ${JSON.stringify(join(here, app))}; main();`);
  const css = await cssSize(sheets);
  return { js: js.gzip, css, total: js.gzip + css, deferred: js.deferred.reduce((sum, chunk) => sum + chunk.gzip, 0) };
}

function describe({ js, css, total, deferred }) {
  const later = deferred > 0 ? `, ${kB(deferred)} more on demand` : '';
  return `${kB(total)} gzip (JS ${kB(js)} + CSS ${kB(css)}${later})`;
}

/**
 * Bytes: each anchor's page (esbuild, minified, gzip -9, as scripts/bundle-size.mjs measures
 * Samspill's) beside Samspill's, from source, and Samspill's as a share of each.
 * @returns {Promise<{ name: string, value: string }[]>}
 */
export async function sizeRows() {
  const samspill = async (name) => {
    const entry = SIZE_BUDGETS.find((budget) => budget.name === name);
    if (!entry) throw new Error(`scripts/size-budgets.mjs has no entry named ${name}`);
    return (await bundleSize(entry.code, { from: 'source' })).gzip;
  };
  const timeline = await samspill('<sam-timeline>');
  const three = await samspill('the three components on one page');
  const medplum = await pageSize('medplum-timeline.app.mjs', ['@mantine/core/styles.css', '@medplum/react/styles.css']);
  const fhirReact = await pageSize('fhir-react.app.mjs', ['fhir-react/build/style.css']);
  return [
    { name: "bytes: Medplum's PatientTimeline page (React, Mantine)", value: describe(medplum) },
    { name: "bytes: fhir-react's FhirResource page (React)", value: describe(fhirReact) },
    { name: 'bytes: <sam-timeline> (from source)', value: `${kB(timeline)} gzip` },
    { name: 'bytes: the three components on one page (from source)', value: `${kB(three)} gzip` },
    { name: "bytes: <sam-timeline> / Medplum's PatientTimeline page", value: times(timeline / medplum.total) },
    { name: 'bytes: <sam-timeline> / fhir-react page', value: times(timeline / fhirReact.total) },
    { name: 'bytes: the three components / fhir-react page', value: times(three / fhirReact.total) },
  ];
}

/** The first-paint page, bundled as an app ships it: minified, React's production build. */
async function firstPaintPage() {
  const result = await build({
    entryPoints: [join(here, 'medplum-first-paint.page.mjs')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    outdir: join(here, 'out'),
    write: false,
    logLevel: 'silent',
  });
  const file = (ext) => result.outputFiles.find((output) => output.path.endsWith(ext))?.text ?? '';
  return { js: file('.js'), css: file('.css') };
}

const FIRST_PAINT_RUNS = [
  [1_000, 7],
  [50_000, 3],
];

/**
 * First paint: Medplum's PatientTimeline from being rendered with the events to the frame that shows
 * the first of them, at 1 000 and 50 000 events, in `browser` on `pageUrl` (an http page, as
 * MedplumClient keeps its state in localStorage).
 * @param {import('playwright-core').Browser} browser
 * @param {string} pageUrl
 * @returns {Promise<{ name: string, value: string, ms?: number, events?: number }[]>}
 */
export async function firstPaintRows(browser, pageUrl) {
  const { js, css } = await firstPaintPage();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  try {
    await page.goto(pageUrl);
    await page.addStyleTag({ content: css });
    await page.addScriptTag({ content: js, type: 'module' });
    await page.waitForFunction(() => 'medplumFirstPaint' in globalThis);
    const rows = [];
    for (const [events, runs] of FIRST_PAINT_RUNS) {
      const ms = await page.evaluate(
        ([count, times]) => /** @type {any} */ (globalThis).medplumFirstPaint(count, times),
        [events, runs],
      );
      if (errors.length > 0) throw errors[0];
      rows.push({
        name: `first paint: Medplum's PatientTimeline, ${spaced(events)} events`,
        value: `${ms.toFixed(1)} ms (median of ${runs})`,
        ms,
        events,
      });
    }
    const [small, large] = rows;
    rows.push({
      name: "first paint: Medplum's PatientTimeline, 50 000 events against 1 000",
      value: times(large.ms / small.ms),
    });
    return rows;
  } finally {
    await page.close();
  }
}

/**
 * <sam-timeline>'s first paint over Medplum's at each number of events both were measured at: the
 * timeline package's rows of the same run (`rows`). None when the timeline's benchmarks did not run.
 * @param {{ package: string, benchmark: string, result: string }[]} rows
 * @param {{ ms?: number, events?: number }[]} medplum what firstPaintRows returned
 * @returns {{ name: string, value: string }[]}
 */
export function firstPaintRatios(rows, medplum) {
  return medplum.flatMap(({ ms, events }) => {
    if (ms === undefined || events === undefined) return [];
    const own = rows.find(
      (row) =>
        row.package === 'timeline' &&
        row.benchmark.startsWith('first paint') &&
        row.benchmark.endsWith(`, ${spaced(events)} events`),
    );
    const samspill = own ? Number.parseFloat(own.result) : NaN;
    if (!Number.isFinite(samspill)) return [];
    return [
      {
        name: `first paint: <sam-timeline> / Medplum's PatientTimeline, ${spaced(events)} events`,
        value: times(samspill / ms),
      },
    ];
  });
}
