// <sam-fhir-context> as a React component: source, patient, locale and theme for the components inside.
// Importing this module registers the element.
import '@samspill/core/define.js';
import { createComponent } from '@lit/react';
import { SamFhirContext } from '@samspill/core';
import * as React from 'react';

export const FhirContext = createComponent({
  react: React,
  tagName: 'sam-fhir-context',
  elementClass: SamFhirContext,
  displayName: 'FhirContext',
});
