// Where the sandbox's FHIR data comes from when none is given.
import type { Bundle, Resource } from 'fhir/r4';
import { generatePopulation } from '@samspill/fixtures/generator';
import { FIXTURE_SETS, readFixtureSet } from '@samspill/fixtures/node';

// Every public set but Synthea's: its multi-megabyte American records would bury the Norwegian
// patients in the launcher (serve them with `--data` when you want them).
const DEFAULT_SETS = FIXTURE_SETS.filter((set) => !set.startsWith('synthea'));

/** The synthetic Norwegian population first (the launcher's default patient), then the public examples. */
export function defaultData(): (Resource | Bundle)[] {
  return [generatePopulation(), ...DEFAULT_SETS.flatMap((set) => readFixtureSet(set).map((file) => file.resource))];
}
