import type { Medication, MedicationStatement, Resource } from 'fhir/r4';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import '../src/define.js';
import { MEDICATION_PAGE_SIZE, medicationRows, type SamMedicationList } from '../src/index.js';

// A long PLL, as in the Node benchmark: 1,000 entries over 300 distinct medicines.
const MEDICATIONS: Medication[] = Array.from({ length: 300 }, (_, i) => ({
  resourceType: 'Medication',
  id: `m${i}`,
  code: {
    coding: [
      { system: 'http://ehelse.no/fhir/CodeSystem/FEST', code: `ID_${i}`, display: `Legemiddel ${i} Tab ${i % 50} mg` },
      {
        system: 'http://www.whocc.no/atc',
        code: `N02BE${String(i % 100).padStart(2, '0')}`,
        display: `Virkestoff ${i}`,
      },
    ],
  },
  form: { text: 'Tablett' },
}));

const STATEMENTS: MedicationStatement[] = Array.from({ length: 1000 }, (_, i) => ({
  resourceType: 'MedicationStatement',
  id: `s${i}`,
  status: i % 4 === 0 ? 'completed' : 'active',
  extension: [
    {
      url: 'http://ehelse.no/fhir/StructureDefinition/sfm-use',
      valueCoding: { system: 'urn:oid:2.16.578.1.12.4.1.1.9101', code: String((i % 3) + 1) },
    },
  ],
  identifier: [{ type: { text: 'PLL' }, value: `pll-${i}` }],
  medicationReference: { reference: `Medication/m${i % 300}` },
  subject: { reference: 'Patient/p1' },
  effectivePeriod: { start: `20${10 + (i % 15)}-0${(i % 9) + 1}-15` },
  informationSource: { reference: `Practitioner/hp${i % 3}` },
  dosage: [{ text: '1 tablett morgen og kveld' }],
}));

const PRACTITIONERS: Resource[] = [0, 1, 2].map((i) => ({
  resourceType: 'Practitioner',
  id: `hp${i}`,
  name: [{ given: ['Kari'], family: `Lege ${i}` }],
}));

const RESOURCES: Resource[] = [...MEDICATIONS, ...STATEMENTS, ...PRACTITIONERS];

/** Renders the list and waits until its rows are on the page. */
async function renderList(): Promise<SamMedicationList> {
  const el = document.createElement('sam-medication-list');
  el.style.width = '1000px';
  el.resources = RESOURCES;
  document.body.append(el);
  for (;;) {
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');
    if (status === 'data') return el;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    count++;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return count;
}

export default {
  'medicationRows alone, in Chromium (the model part of a first render)': () => medicationRows(RESOURCES),
  'first render: 1 000 entries, 300 Medications (model + DOM)': async () => {
    (await renderList()).remove();
  },
  [`DOM nodes after first render (${MEDICATION_PAGE_SIZE} rows per group)`]: {
    unit: 'nodes',
    count: async () => {
      const el = await renderList();
      const nodes = countNodes(el);
      el.remove();
      return nodes;
    },
  },
  'DOM nodes with every row (as printed)': {
    unit: 'nodes',
    count: async () => {
      const el = await renderList();
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      const nodes = countNodes(el);
      window.dispatchEvent(new Event('afterprint'));
      el.remove();
      return nodes;
    },
  },
} satisfies Benchmarks;
