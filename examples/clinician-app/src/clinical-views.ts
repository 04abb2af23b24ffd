// The patient's medication list, today's doses (the home-care round), care plan and timeline, a tab
// each, inside one <sam-fhir-context>; the medication tab opens with the allergies (CAVE), so a
// prescriber reads them before the medicines.
// Mounted together, all of them start loading at once through the context's one cached source, and
// they stay mounted, so switching tabs never loads anything again.
import '@samspill/core/define.js';
import '@samspill/allergies/define.js';
import '@samspill/medication-list/define.js';
import '@samspill/care-plan/define.js';
import '@samspill/timeline/define.js';
import { themeStyles } from '@samspill/core';
import type { FhirSource, Locale } from '@samspill/core/data.js';
import { tabs } from './tabs.js';
import { texts } from './texts.js';
import { element } from './views.js';

// The components' design tokens for the whole page, light and dark (the app's own CSS uses them too).
if (themeStyles.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet];

export function clinicalViews(source: FhirSource, patient: string, locale: Locale): HTMLElement {
  const t = texts[locale];
  const context = element('sam-fhir-context', { patient, locale });
  context.source = source;
  context.append(
    tabs(
      [
        {
          id: 'medications',
          label: t.medications,
          content: element(
            'div',
            { class: 'medication-view' },
            element('sam-allergies'),
            element('sam-medication-list'),
          ),
        },
        { id: 'today', label: t.today, content: element('sam-medication-list', { view: 'day' }) },
        { id: 'care-plan', label: t.carePlan, content: element('sam-care-plan') },
        { id: 'timeline', label: t.timeline, content: element('sam-timeline') },
      ],
      t.views,
    ),
  );
  return context;
}
