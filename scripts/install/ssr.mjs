// Run inside the consumer folder of check-install.mjs: each component rendered by @lit-labs/ssr from
// the installed tarballs, as a server would, before any browser is involved.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@samspill/core/define.js';
import '@samspill/medication-list/define.js';
import '@samspill/allergies/define.js';
import '@samspill/care-plan/define.js';
import '@samspill/timeline/define.js';

// With no source yet, each component's first state, in the language asked for.
const NO_SOURCE = {
  nb: 'Ingen datakilde er koblet til ennå.',
  nn: 'Inga datakjelde er kopla til enno.',
  en: 'No data source is connected yet.',
};
const COMPONENTS = [
  ['sam-medication-list', 'nb', html`<sam-medication-list locale="nb"></sam-medication-list>`],
  ['sam-allergies', 'nn', html`<sam-allergies locale="nn"></sam-allergies>`],
  ['sam-care-plan', 'nn', html`<sam-care-plan locale="nn"></sam-care-plan>`],
  ['sam-timeline', 'en', html`<sam-timeline locale="en"></sam-timeline>`],
  ['sam-fhir-context', undefined, html`<sam-fhir-context locale="nb"><p>Innhold</p></sam-fhir-context>`],
];

const sizes = [];
for (const [tag, locale, template] of COMPONENTS) {
  const markup = await collectResult(render(template));
  const text = markup.replace(/<!--[\s\S]*?-->/g, '');
  if (!markup.includes('<template shadowroot="open" shadowrootmode="open">'))
    throw new Error(`${tag}: no declarative shadow root`);
  if (locale && !text.includes(NO_SOURCE[locale])) throw new Error(`${tag}: no "${NO_SOURCE[locale]}"`);
  if (/undefined|\[object Object\]|NaN/.test(text.replace(/<style>[\s\S]*?<\/style>/g, '')))
    throw new Error(`${tag}: 'undefined', '[object Object]' or 'NaN' rendered`);
  sizes.push(`${tag} ${markup.length} B`);
}
console.log(sizes.join(', '));
