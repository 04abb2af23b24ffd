// The opt-in React 19 typings: each tag takes its element's properties and `on` + event listeners,
// typed; a wrong value, or a listener's event read as the wrong type, does not compile.
import type {} from '@samspill/core/jsx.js';
import type {} from '@samspill/medication-list/jsx.js';
import type {} from '@samspill/care-plan/jsx.js';
import type {} from '@samspill/timeline/jsx.js';
import '@samspill/core/define.js';
import { createStaticSource } from '@samspill/core/data.js';

const source = createStaticSource([]);

export const page = (
  <sam-fhir-context source={source} patient="kari" locale="nn" theme="dark">
    <sam-medication-list
      onsam-select={(event) => {
        const name: string = event.detail.item.name;
        void name;
      }}
    />
    <sam-care-plan now={new Date()} locale="en-GB" />
    <sam-timeline
      timeZone="Europe/Oslo"
      onsam-select={(event) => {
        const kind: 'event' = event.detail.kind;
        void kind;
      }}
    />
    <sam-timeline-overview
      onsam-range-change={(event) => {
        const from: Date | undefined = event.detail?.from;
        void from;
      }}
    />
  </sam-fhir-context>
);

// @ts-expect-error a language Samspill does not ship
export const unknownLocale = <sam-timeline locale="de" />;
// @ts-expect-error the source is a FhirSource
export const wrongSource = <sam-care-plan source="https://fhir.example" />;
// @ts-expect-error the theme is one of the themes
export const wrongTheme = <sam-fhir-context theme="neon" />;
export const wrongEvent = (
  <sam-medication-list
    onsam-select={(event) => {
      // @ts-expect-error the medication list's selections are medications
      const kind: 'goal' = event.detail.kind;
      void kind;
    }}
  />
);
