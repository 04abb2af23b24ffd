// Runs one benchmark file's cases. Environment-neutral: the same code runs in Node and in the page.

const WARMUP_MS = 200;
const SAMPLE_MS = 50;
const SAMPLES = 15;

/**
 * @param {import('./api.js').Benchmarks} benchmarks
 * @returns {Promise<{ name: string, value: string }[]>}
 */
export async function measure(benchmarks) {
  const rows = [];
  for (const [name, bench] of Object.entries(benchmarks)) {
    if (typeof bench === 'function') {
      rows.push({ name, value: await time(bench) });
    } else {
      rows.push({ name, value: `${await bench.count()} ${bench.unit}` });
    }
  }
  return rows;
}

/** Median time per call over fixed-length samples, with the spread between the samples (median absolute deviation). */
async function time(fn) {
  await runFor(fn, WARMUP_MS);
  const perCall = [];
  for (let i = 0; i < SAMPLES; i++) {
    const { calls, elapsed } = await runFor(fn, SAMPLE_MS);
    perCall.push(elapsed / calls);
  }
  const median = middle(perCall);
  const spread = middle(perCall.map((t) => Math.abs(t - median)));
  return `${format(median)} ± ${((spread / median) * 100).toFixed(1)} % per call`;
}

async function runFor(fn, ms) {
  let calls = 0;
  const start = performance.now();
  let elapsed;
  do {
    await fn();
    calls++;
    elapsed = performance.now() - start;
  } while (elapsed < ms);
  return { calls, elapsed };
}

function middle(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function format(ms) {
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  if (ms >= 0.001) return `${(ms * 1000).toFixed(2)} µs`;
  return `${(ms * 1e6).toFixed(0)} ns`;
}
