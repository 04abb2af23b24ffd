// Medplum's PatientTimeline as an app shows it: React, Mantine's provider and Medplum's, around the
// one component. The bundle-size anchor bundles this module alone; the first-paint page renders it.
/* global document -- runs in the page */
import { MantineProvider } from '@mantine/core';
import { MedplumClient } from '@medplum/core';
import { MedplumProvider, PatientTimeline } from '@medplum/react';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Renders `patient`'s timeline into `container`, its data read through `medplum`.
 * @param {Element} container
 * @param {MedplumClient} medplum
 * @param {{ resourceType: 'Patient', id: string } | { reference: string }} patient
 */
export function renderPatientTimeline(container, medplum, patient) {
  const root = createRoot(container);
  root.render(h(MantineProvider, null, h(MedplumProvider, { medplum }, h(PatientTimeline, { patient }))));
  return root;
}

/** The page of the bundle-size anchor: one timeline from the Medplum server the app is configured for. */
export function main() {
  const container = document.createElement('div');
  document.body.append(container);
  return renderPatientTimeline(container, new MedplumClient(), { reference: 'Patient/example' });
}
