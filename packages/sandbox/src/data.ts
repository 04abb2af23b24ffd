// Where the sandbox's FHIR data comes from when none is given.
import type { Bundle, Resource } from 'fhir/r4';
import { generatePopulation } from '@samspill/fixtures/generator';
import { readFixtureSet, type FixtureSet } from '@samspill/fixtures/node';

const DEFAULT_SETS: readonly FixtureSet[] = [
  'hl7-r4-examples',
  'norway/fhi-lmdi',
  'norway/hl7norway-lmdi-archived',
  'norway/no-basis',
  'norway/no-domain-vitalsigns',
  'norway/parek',
  'norway/vkp-observation',
];

/** The synthetic Norwegian population first (the launcher's default patient), then the public examples. */
export function defaultData(): (Resource | Bundle)[] {
  return [generatePopulation(), ...DEFAULT_SETS.flatMap((set) => readFixtureSet(set).map((file) => file.resource))];
}
