// Pathological Unicode in the care plan: a title of ten thousand combining marks is laid out as at
// most MAX_MARKS of them wherever it appears, says it was shortened and stays whole in the source.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CarePlan } from 'fhir/r4.js';
import '../src/define.js';
import type { SamCarePlan } from '../src/index.js';

const TITLE = `Individuell plan${'\u0301'.repeat(10_000)}`;
const longestRun = (text: string) =>
  Math.max(0, ...[...text.matchAll(/\p{M}+/gu)].map(([run]) => Array.from(run).length));

describe('<sam-care-plan> with ten thousand combining marks in a title', () => {
  it('lays out at most 30 of them, says the title was shortened and keeps it whole in the source', async () => {
    const plan: CarePlan = {
      resourceType: 'CarePlan',
      id: 'marks',
      status: 'active',
      intent: 'plan',
      title: TITLE,
      subject: { reference: 'Patient/p1' },
    };
    const el = await fixture<SamCarePlan>(
      html`<sam-care-plan style="width: 900px" .resources=${[plan]}></sam-care-plan>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('.sam-state')?.getAttribute('data-status') === 'data');
    const heading = root.querySelector<HTMLElement>('.plan-heading')!;
    expect(longestRun(heading.textContent)).to.equal(30);
    expect(heading.querySelector('.sam-shortened')!.textContent.trim()).to.equal(
      '(forkortet; hele teksten står i kilden)',
    );
    expect(longestRun(root.textContent)).to.equal(30);
    root.querySelector<HTMLButtonElement>('.source-toggle')!.click();
    await el.updateComplete;
    const source = root.querySelector('pre.source')!.textContent;
    expect((JSON.parse(source) as CarePlan).title).to.equal(TITLE);
    expect(longestRun(source)).to.equal(30);
    await expect(el).to.be.accessible();
  });
});
