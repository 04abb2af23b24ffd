import type { Benchmarks } from '../../../scripts/bench/api.js';
import '../src/define.js';
import { MEDICATION_PAGE_SIZE, medicationRows, type SamMedicationList } from '../src/index.js';
import { LONG_PLL } from './long-pll.data.js';

const RESOURCES = LONG_PLL;

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
