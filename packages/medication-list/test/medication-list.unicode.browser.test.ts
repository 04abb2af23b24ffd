// Pathological Unicode in the medication list: a name of ten thousand combining marks is laid out as
// at most MAX_MARKS of them, says it was shortened and stays whole in the source; a right-to-left
// override in the prescriber's organisation does not turn the care level after it around.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MedicationStatement, Organization, Resource } from 'fhir/r4.js';
import '../src/define.js';
import type { SamMedicationList } from '../src/index.js';
import { pllStatement, RELATED } from './medication-examples.browser.js';

const NAME = `Paracet${'\u0301'.repeat(10_000)}`;
/** The text node under `element` that holds `word`. */
function textNodeWith(element: Element, word: string): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent?.includes(word)) return node as Text;
  }
  throw new Error(`no text node with ${word}`);
}

const longestRun = (text: string) =>
  Math.max(0, ...[...text.matchAll(/\p{M}+/gu)].map(([run]) => Array.from(run).length));
const root = (el: SamMedicationList) => el.shadowRoot!;

async function list(resources: Resource[], width = 1000): Promise<SamMedicationList> {
  const el = await fixture<SamMedicationList>(
    html`<sam-medication-list style="width: ${width}px" .resources=${resources}></sam-medication-list>`,
  );
  await waitUntil(() => root(el).querySelector('.sam-state')?.getAttribute('data-status') === 'data');
  await el.updateComplete;
  return el;
}

describe('<sam-medication-list> with ten thousand combining marks in a name', () => {
  for (const [layout, width] of [
    ['a table', 1000],
    ['cards', 360],
  ] as const) {
    it(`lays out at most 30 of them as ${layout}, says the name was shortened and keeps it whole in the source`, async () => {
      const el = await list([pllStatement({ id: 'm1', name: NAME, atc: 'N02BE01' }), ...RELATED], width);
      const name = root(el).querySelector<HTMLElement>('button.name')!;
      expect(longestRun(name.textContent)).to.equal(30);
      expect(name.querySelector('.sam-shortened')!.textContent.trim()).to.equal(
        '(forkortet; hele teksten står i kilden)',
      );
      expect(longestRun(root(el).textContent)).to.equal(30);
      root(el).querySelector<HTMLButtonElement>('button.toggle')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.source-toggle')!.click();
      await el.updateComplete;
      const source = root(el).querySelector('pre.source')!.textContent;
      const statement = JSON.parse(source) as MedicationStatement;
      expect(statement.medicationCodeableConcept?.coding?.[0]?.display).to.equal(NAME);
      expect(longestRun(source)).to.equal(30);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<sam-medication-list> with a right-to-left override in one field', () => {
  it('keeps the care level after the source’s name in its order', async () => {
    const related = RELATED.map((resource) =>
      resource.resourceType === 'Organization' && resource.id === 'fjordvik-legekontor'
        ? ({ ...resource, name: '\u202EFjordvik legekontor' } as Organization)
        : resource,
    );
    const el = await list([pllStatement({ id: 'm1', name: 'Paracet Tab 500 mg', atc: 'N02BE01' }), ...related]);
    const level = root(el).querySelector('tr[part~="row"] .quiet')!;
    const text = textNodeWith(level, 'Fastlege');
    const range = document.createRange();
    const x = (offset: number) => {
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const at = text.data.indexOf('Fastlege');
    // Reversed, its first letter would stand right of its last.
    expect(x(at)).to.be.lessThan(x(at + 'Fastlege'.length - 1));
  });
});
