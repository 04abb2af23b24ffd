// fhir-react as an app uses it: React and its FhirResource, which renders any resource it supports
// (the medication statements and requests, care plans, encounters, procedures, conditions,
// immunizations and documents Samspill's three components show). Its build is one CommonJS bundle of
// every resource's component, so importing one component costs the same as importing FhirResource.
/* global document -- runs in the page */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { FhirResource, fhirVersions } from 'fhir-react';

/**
 * Renders each resource into `container`, one FhirResource each.
 * @param {Element} container
 * @param {{ resourceType: string, id: string }[]} resources
 */
export function renderResources(container, resources) {
  const root = createRoot(container);
  root.render(
    resources.map((resource) =>
      h(FhirResource, { key: resource.id, fhirResource: resource, fhirVersion: fhirVersions.R4 }),
    ),
  );
  return root;
}

/** The page of the bundle-size anchor: the resources the app was handed. */
export function main() {
  const container = document.createElement('div');
  document.body.append(container);
  return renderResources(container, []);
}
