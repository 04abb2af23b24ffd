// Pathological Unicode in the timeline: a run of ten thousand combining marks is laid out as at most
// MAX_MARKS of them (layout of such a run costs the square of its length), the event says its text was
// shortened and the whole stays in "Vis kilde"; and a right-to-left override in one field does not turn
// the words beside it around.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Condition, Encounter, FhirResource, Organization } from 'fhir/r4.js';
import '../src/define.js';
import type { SamTimeline } from '../src/index.js';
import { NOW } from './timeline-examples.browser.js';

const MARKS = 10_000;
const TITLE = `Sårstell${'\u0301'.repeat(MARKS)}`;
const subject = { reference: 'Patient/p1' };

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
const root = (el: SamTimeline) => el.shadowRoot!;

async function timeline(resources: FhirResource[]): Promise<SamTimeline> {
  const el = await fixture<SamTimeline>(
    html`<sam-timeline style="width: 900px" .now=${NOW} .resources=${resources}></sam-timeline>`,
  );
  await waitUntil(() => root(el).querySelector('.sam-state')?.getAttribute('data-status') === 'data');
  await waitUntil(() => root(el).querySelector('li.row-event'));
  return el;
}

const condition: Condition = {
  resourceType: 'Condition',
  id: 'marks',
  subject,
  code: { text: TITLE },
  onsetDateTime: '2024-05-02',
};

describe('<sam-timeline> with ten thousand combining marks in a title', () => {
  it('lays out at most 30 of them, and says the title was shortened', async () => {
    const el = await timeline([condition]);
    const title = root(el).querySelector<HTMLElement>('.event-title')!;
    expect(longestRun(title.textContent)).to.equal(30);
    expect(title.querySelector('.sam-shortened')!.textContent.trim()).to.equal(
      '(forkortet; hele teksten står i kilden)',
    );
    // Not in the accessible name of the disclosure either.
    expect(longestRun(root(el).querySelector('.disclosure')!.getAttribute('aria-label')!)).to.equal(30);
    await expect(el).to.be.accessible();
  });

  it('keeps the whole text in "Vis kilde", written so it is laid out in linear time', async () => {
    const el = await timeline([condition]);
    root(el).querySelector<HTMLButtonElement>('.disclosure')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('.source-toggle')!.click();
    await el.updateComplete;
    const source = root(el).querySelector('pre.source')!.textContent;
    expect((JSON.parse(source) as Condition).code?.text).to.equal(TITLE);
    expect(longestRun(source)).to.equal(30);
  });

  it('says so in nynorsk and English too', async () => {
    for (const [locale, words] of [
      ['nn', '(forkorta; heile teksten står i kjelda)'],
      ['en', '(shortened; the full text is in the source)'],
    ] as const) {
      const el = await timeline([condition]);
      el.locale = locale;
      await waitUntil(() => root(el).querySelector('.sam-shortened')?.textContent.trim() === words, locale);
    }
  });
});

describe('<sam-timeline> with a right-to-left override in one field', () => {
  it('keeps the words after the field in their order', async () => {
    const organisation: Organization = { resourceType: 'Organization', id: 'o1', name: '\u202EFjordvik kommune' };
    const encounter: Encounter = {
      resourceType: 'Encounter',
      id: 'e1',
      status: 'finished',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'HH' },
      subject,
      period: { start: '2024-05-07T08:30:00+02:00' },
      serviceProvider: { reference: 'Organization/o1' },
    };
    const el = await timeline([organisation, encounter]);
    // "· Kommune" follows the organisation's name in the same tag: its letters must read left to right.
    const level = root(el).querySelector('.tag-source .quiet')!;
    const text = textNodeWith(level, 'Kommune');
    const range = document.createRange();
    const x = (offset: number) => {
      range.setStart(text, offset);
      range.setEnd(text, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const at = text.data.indexOf('Kommune');
    // Reversed, its first letter would stand right of its last.
    expect(x(at)).to.be.lessThan(x(at + 'Kommune'.length - 1));
  });
});
