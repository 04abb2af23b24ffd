// The default data, put together from @samspill/fixtures: what the build writes to
// dist/default-data.json, and what runs from source (tests, `pnpm start`) read directly.
import type { Bundle, Resource } from 'fhir/r4.js';
import { generatePopulation } from '@samspill/fixtures/generator';
import { FIXTURE_SETS, readFixtureSet, type FixtureSet } from '@samspill/fixtures/node';

/**
 * Every public set but two kinds. Synthea's multi-megabyte American records would bury the Norwegian
 * patients in the launcher (serve them with `--data` when you want them). Oracle Health's examples
 * have no confirmed licence to leave this repository, and the default data ships on npm.
 */
export const DEFAULT_SETS: readonly FixtureSet[] = FIXTURE_SETS.filter(
  (set) => !set.startsWith('synthea') && set !== 'real-world/oracle-health',
);

/** The synthetic Norwegian population first (the launcher's default patient), then the public examples. */
export function dataFromFixtures(): (Resource | Bundle)[] {
  return [generatePopulation(), ...DEFAULT_SETS.flatMap((set) => readFixtureSet(set).map((file) => file.resource))];
}
