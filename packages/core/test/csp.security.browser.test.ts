// Every public element, in every state, on a page whose Content Security Policy forbids inline styles
// and scripts (`default-src 'self'; script-src 'self'; style-src 'self'`, as a strict app sets it): the
// page must report no violation. Web Test Runner's own page needs inline scripts, so each check opens a
// same-origin frame on a page that carries the policy (scripts/wtr-csp.mjs) and loads one module, which
// renders and posts back what the policy refused. The probe proves the policy is in force.
import { expect } from '@open-wc/testing';
import type { CspViolation } from '../src/testing.js';

interface CspReport {
  readonly violations: readonly CspViolation[];
  /** What the page got to show: each element's state, so a page that rendered nothing cannot pass. */
  readonly reached: Readonly<Record<string, string>>;
}

/** Opens `module` on the strict-policy page and waits for its report. */
async function underStrictPolicy(module: string): Promise<CspReport> {
  const frame = document.createElement('iframe');
  frame.style.width = '1200px';
  frame.style.height = '800px';
  frame.src = `/__samspill__/csp.html?page=${encodeURIComponent(module)}`;
  const report = new Promise<CspReport>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`${module}: no report from the strict-policy page`));
    }, 30_000);
    window.addEventListener('message', function onMessage(event: MessageEvent<{ type?: string } & CspReport>) {
      if (event.source !== frame.contentWindow || event.data.type !== 'samspill-csp') return;
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(event.data);
    });
  });
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

describe('under a strict Content Security Policy', function () {
  this.timeout(40_000);

  it('the page really enforces it: an inline style and an inline script are refused and reported', async () => {
    const { violations, reached } = await underStrictPolicy('/packages/core/test/csp-probe.browser.ts');
    expect(reached).to.deep.equal({ 'inline style applied': 'false', 'inline script ran': 'false' });
    expect(violations.map((violation) => violation.directive).sort()).to.deep.equal([
      'script-src-elem',
      'style-src-attr',
      'style-src-attr',
    ]);
  });

  it("core's elements and state views cause no violation", async () => {
    const { violations, reached } = await underStrictPolicy('/packages/core/test/csp-elements.browser.ts');
    expect(reached).to.deep.equal({
      '<sam-notice>': '16 drawn',
      '<sam-status>': '32 drawn',
      '<sam-fhir-context>': 'auto light dark high-contrast',
      'state view idle': 'idle',
      'state view loading': 'loading',
      'state view data': 'data',
      'state view empty': 'empty',
      'state view partial': 'partial',
      'state view error': 'error',
    });
    expect(violations).to.deep.equal([]);
  });

  it('<sam-medication-list> causes no violation in any state, its rows and sources opened', async () => {
    const { violations, reached } = await underStrictPolicy(
      '/packages/medication-list/test/medication-list.csp-page.browser.ts',
    );
    expect(reached).to.deep.equal({
      '<sam-medication-list> loading': 'loading',
      '<sam-medication-list> empty': 'empty',
      '<sam-medication-list> error': 'error',
      '<sam-medication-list> partial': 'partial',
      '<sam-medication-list> data as table': 'data',
      '<sam-medication-list> data as cards': 'data',
      '<sam-medication-list> day view': 'drawn',
    });
    expect(violations).to.deep.equal([]);
  });

  it('<sam-care-plan> causes no violation in any state, every part and source opened', async () => {
    const { violations, reached } = await underStrictPolicy('/packages/care-plan/test/care-plan.csp-page.browser.ts');
    expect(reached).to.deep.equal({
      '<sam-care-plan> loading': 'loading',
      '<sam-care-plan> empty': 'empty',
      '<sam-care-plan> error': 'error',
      '<sam-care-plan> partial': 'partial',
      '<sam-care-plan> data (typical)': 'data',
      '<sam-care-plan> data (zones)': 'data',
      '<sam-care-plan> data (malformed)': 'data',
    });
    expect(violations).to.deep.equal([]);
  });

  it('<sam-timeline> and <sam-timeline-overview> cause no violation in any state, rows opened and held', async () => {
    const { violations, reached } = await underStrictPolicy('/packages/timeline/test/timeline.csp-page.browser.ts');
    expect(reached).to.deep.equal({
      '<sam-timeline> loading': 'loading',
      '<sam-timeline> empty': 'empty',
      '<sam-timeline> error': 'error',
      '<sam-timeline> partial': 'partial',
      '<sam-timeline> data': 'data',
      '<sam-timeline> overview panel': 'shown',
      '<sam-timeline> event held out of sight': 'pinned',
      '<sam-timeline-overview>': 'drawn',
    });
    expect(violations).to.deep.equal([]);
  });

  it('<sam-allergies> causes no violation in any state, every row and source opened', async () => {
    const { violations, reached } = await underStrictPolicy('/packages/allergies/test/allergies.csp-page.browser.ts');
    expect(reached).to.deep.equal({
      '<sam-allergies> loading': 'loading',
      '<sam-allergies> empty': 'empty',
      '<sam-allergies> not granted': 'data',
      '<sam-allergies> failed': 'data',
      '<sam-allergies> partial': 'partial',
      '<sam-allergies> data': 'data',
      '<sam-allergies> malformed': 'data',
    });
    expect(violations).to.deep.equal([]);
  });
});
