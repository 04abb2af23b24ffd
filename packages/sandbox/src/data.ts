// Where the sandbox's FHIR data comes from when none is given. The published package carries it as
// dist/default-data.json (written by scripts/write-default-data.mjs after the build); in the workspace
// it is read from @samspill/fixtures, a private package the published one must not depend on.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Bundle, Resource } from 'fhir/r4.js';
import type * as FromFixtures from './data-from-fixtures.js';

export const DEFAULT_DATA_FILE = 'default-data.json';

// A specifier the library build cannot follow, so dist/ neither carries nor imports the fixtures.
const FROM_FIXTURES = './data-from-fixtures.js';

/** The synthetic Norwegian population first (the launcher's default patient), then the public examples. */
export async function defaultData(): Promise<(Resource | Bundle)[]> {
  const built = fileURLToPath(new URL(DEFAULT_DATA_FILE, import.meta.url));
  if (existsSync(built)) return JSON.parse(await readFile(built, 'utf8')) as (Resource | Bundle)[];
  const fixtures = (await import(/* @vite-ignore */ FROM_FIXTURES)) as typeof FromFixtures;
  return fixtures.dataFromFixtures();
}
