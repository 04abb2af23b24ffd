// Which types belong to a patient's compartment, asked of core's search rather than listed again:
// a type is patient-linked when core can search it by `patient`.
import type { FhirSource } from '@samspill/core/data.js';

export function patientCompartment(source: FhirSource): (type: string) => Promise<boolean> {
  const known = new Map<string, Promise<boolean>>();
  return (type) => {
    let linked = known.get(type);
    if (linked === undefined) {
      linked = source
        .search(type, { patient: 'Patient/-', _count: 0 }, { pageLimit: 1 })
        .then((result) => result.failures.length === 0);
      known.set(type, linked);
    }
    return linked;
  };
}
