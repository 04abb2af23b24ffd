// A FHIR answer as the personality's server presents it: its view (DIPS: profiles, outcome text)
// applied to the resource, and to each entry of a Bundle, a batch-response's searchsets included.
import type { Bundle, Resource } from 'fhir/r4.js';

export function presented(view: ((resource: Resource) => Resource) | undefined, resource: Resource): Resource {
  if (view === undefined) return resource;
  if (resource.resourceType !== 'Bundle') return view(resource);
  const bundle = resource as Bundle;
  if (bundle.entry === undefined) return bundle;
  const shown: Bundle = {
    ...bundle,
    entry: bundle.entry.map((entry) =>
      entry.resource === undefined ? entry : { ...entry, resource: presented(view, entry.resource) },
    ),
  };
  return shown;
}
