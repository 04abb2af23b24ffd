#!/usr/bin/env node
// The sandbox's build step after scripts/build-package.mjs: the data the sandbox serves when given none,
// written to dist/ as JSON with its sources and licences beside it, so the published package runs without
// the private @samspill/fixtures.
import { copyFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceModules } from './source-modules.mjs';

const dist = join(dirname(dirname(fileURLToPath(import.meta.url))), 'dist');
const modules = await sourceModules();
try {
  const { dataFromFixtures } = await modules.load('/packages/sandbox/src/data-from-fixtures.ts');
  const { DEFAULT_DATA_FILE } = await modules.load('/packages/sandbox/src/data.ts');
  const data = JSON.stringify(dataFromFixtures());
  writeFileSync(join(dist, DEFAULT_DATA_FILE), data);
  // CC-BY-4.0, MIT and Apache-2.0 ask for the attribution to travel with every copy.
  copyFileSync(
    fileURLToPath(import.meta.resolve('@samspill/fixtures/data/SOURCES.md')),
    join(dist, 'default-data-sources.md'),
  );
  console.log(`wrote dist/${DEFAULT_DATA_FILE} (${Math.round(data.length / 1024)} kB)`);
} finally {
  await modules.close();
}
