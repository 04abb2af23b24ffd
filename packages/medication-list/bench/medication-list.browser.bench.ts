import { html, render } from 'lit';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import '../src/define.js';
import { MEDICATION_PAGE_SIZE, medicationRows, type MedicationRow, type SamMedicationList } from '../src/index.js';
import { rowNotes } from '../src/medication-list.row.js';
import { LONG_PLL } from './long-pll.data.js';

const RESOURCES = LONG_PLL;

/** Renders the list and waits until its rows are on the page; `every` renders every row, as printed. */
async function renderList(every = false): Promise<SamMedicationList> {
  const el = document.createElement('sam-medication-list');
  el.style.width = '1000px';
  el.resources = RESOURCES;
  document.body.append(el);
  if (every) window.dispatchEvent(new Event('beforeprint'));
  for (;;) {
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('.sam-state')?.getAttribute('data-status');
    if (status === 'data') return el;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

function removeList(el: SamMedicationList): void {
  el.remove();
  window.dispatchEvent(new Event('afterprint'));
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

/** Until the frame after the DOM is in place has been painted. */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      setTimeout(resolve);
    });
  });
}

// The anchor: the same rows as a bare lit-html table, with the same visible texts per row (name, the notes
// under it, dosage, status, start, end, source) and nothing else: no controls, groups, icons or disclosure.
function renderBare(rows: readonly MedicationRow[], container: HTMLElement): void {
  const context = { locale: 'nb' as const, byKey: new Map(rows.map((row) => [row.key, row])) };
  render(
    html`<table>
      <thead>
        <tr>
          <th>Legemiddel</th>
          <th>Merknader</th>
          <th>Dosering</th>
          <th>Status</th>
          <th>Start</th>
          <th>Slutt</th>
          <th>Kilde</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <td>${row.name}</td>
              <td>
                ${rowNotes(row, context)
                  .map((note) => note.text)
                  .join(' ')}
              </td>
              <td>${row.dosageLines.join('\n')}</td>
              <td>${row.statusText}</td>
              <td>${row.start?.text ?? ''}</td>
              <td>${row.end?.text ?? ''}</td>
              <td>${row.source.label}</td>
            </tr>`,
        )}
      </tbody>
    </table>`,
    container,
  );
}

function bareContainer(): HTMLElement {
  const container = document.createElement('div');
  container.style.width = '1000px';
  document.body.append(container);
  return container;
}

/** What a render case took per call, kept so the ratio is of the very calls the table reports. */
const took = { list: [] as number[], bare: [] as number[] };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

const perRow = { list: 0, bare: 0 };

export default {
  'medicationRows alone, in Chromium (the model part of a first render)': () => medicationRows(RESOURCES),
  'first render: 1 000 entries, 300 Medications (model + DOM)': async () => {
    removeList(await renderList());
  },
  [`DOM nodes after first render (${MEDICATION_PAGE_SIZE} rows per group)`]: {
    unit: 'nodes',
    count: async () => {
      const el = await renderList();
      const nodes = countNodes(el);
      removeList(el);
      return nodes;
    },
  },
  'DOM nodes with every row (as printed)': {
    unit: 'nodes',
    count: async () => {
      const el = await renderList(true);
      const nodes = countNodes(el);
      removeList(el);
      return nodes;
    },
  },

  // Every row at once against a bare lit-html table of the same rows (issue 18: within 2× in nodes and time).
  // Both start from the resources (the model is part of each) and end when the frame is painted.
  'every row: <sam-medication-list>, resources to painted': async () => {
    const start = performance.now();
    const el = await renderList(true);
    await painted();
    took.list.push(performance.now() - start);
    removeList(el);
  },
  'every row: bare lit-html table, resources to painted': async () => {
    const start = performance.now();
    const container = bareContainer();
    renderBare(medicationRows(RESOURCES), container);
    await painted();
    took.bare.push(performance.now() - start);
    container.remove();
  },
  'every row: render time, <sam-medication-list> / bare table (medians of the two rows above)': {
    unit: '×',
    count: () => round(median(took.list) / median(took.bare), 2),
  },
  'every row: rows (table rows, one per medicine shown)': {
    unit: 'rows',
    count: () => medicationRows(RESOURCES).length,
  },
  'every row: DOM nodes per row, <sam-medication-list> (shadow roots included)': {
    unit: 'nodes/row',
    count: async () => {
      const el = await renderList(true);
      const rows = el.shadowRoot!.querySelectorAll('[part~="row"]').length;
      perRow.list = countNodes(el) / rows;
      removeList(el);
      return round(perRow.list, 1);
    },
  },
  'every row: DOM nodes per row, bare lit-html table': {
    unit: 'nodes/row',
    count: () => {
      const rows = medicationRows(RESOURCES);
      const container = bareContainer();
      renderBare(rows, container);
      perRow.bare = countNodes(container) / rows.length;
      container.remove();
      return round(perRow.bare, 1);
    },
  },
  'every row: DOM nodes per row, <sam-medication-list> / bare table': {
    unit: '×',
    count: () => round(perRow.list / perRow.bare, 2),
  },
} satisfies Benchmarks;
