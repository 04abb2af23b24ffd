// The DOM a row costs. At a thousand rows (print, or "Vis flere" pressed often) every node per row is a
// thousand nodes; the benchmark holds the list within 2× a bare lit-html table of the same rows, and this
// test keeps the count from creeping back: whitespace between cells, wrapper spans, a comment marker per
// conditional part, an SVG icon per row, details rendered before they are opened.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { SamMedicationList } from '../src/index.js';
import { pllStatement, RELATED } from './medication-examples.browser.js';

/** Elements, text and comment nodes (lit's part markers), shadow roots included, as the benchmark counts. */
function countNodes(root: Node): number {
  let count = 1;
  if (root instanceof Element && root.shadowRoot) count += countNodes(root.shadowRoot);
  for (const child of root.childNodes) count += countNodes(child);
  return count;
}

/** `count` current rows in two bruk groups (fast and kur), each with its PLL note and none other. */
async function list(count: number): Promise<SamMedicationList> {
  const statements = Array.from({ length: count }, (_, i) =>
    pllStatement({
      id: `m${String(i)}`,
      name: `Legemiddel ${String(i)} Tab 10 mg`,
      atc: `C10AA${String(i).padStart(2, '0')}`,
      use: i % 2 ? '2' : '1',
      dosage: '1 tablett morgen og kveld',
    }),
  );
  const el = await fixture<SamMedicationList>(
    html`<sam-medication-list style="width: 1000px" .resources=${[...statements, ...RELATED]}></sam-medication-list>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.sam-state')?.getAttribute('data-status') === 'data');
  await el.updateComplete;
  expect(el.shadowRoot!.querySelectorAll('tr[part~="row"]')).to.have.length(count);
  return el;
}

describe('<sam-medication-list> DOM size', () => {
  it('costs at most 45 nodes per table row', async () => {
    // 50 rows in two groups of 25, the page size: every row is shown without "Vis flere". Per row, what 40
    // more rows add: 43 nodes for these rows; 81 when each carried SVG icons, a <sam-status> with its shadow
    // root, and whitespace between its cells.
    const few = countNodes(await list(10));
    const many = countNodes(await list(50));
    const perRow = (many - few) / 40;
    expect(perRow).to.be.at.most(45);
  });

  it('renders a row’s details only once it is opened', async () => {
    const el = await list(10);
    const before = countNodes(el);
    expect(el.shadowRoot!.querySelectorAll('.details, .details-row')).to.have.length(0);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('tr[part~="row"] .toggle')!;
    toggle.click();
    await el.updateComplete;
    const details = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(details.classList.contains('details-row')).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.hasAttribute('aria-controls')).to.equal(false);
    expect(countNodes(el)).to.equal(before);
  });
});
