// What a clinician reads: organisations by name, never a host name or a URL; no raw FHIR ids
// (`Practitioner/…`) anywhere outside "Vis kilde"; on every personality, and with the national services
// beside the EHR's records, with every row and the launch details opened, in every tab.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBrowser, e2e, expectRecords, launchIn, WatchedContext, type LaunchRequest } from './app-browser.js';

const PATIENT = 'pasient-kjell';
const RAW_ID =
  /\b(?:Patient|Practitioner|PractitionerRole|RelatedPerson|Organization|Location|Encounter|EpisodeOfCare|CareTeam|Medication\w*|Condition|CarePlan|Goal|Observation|Procedure|Immunization|DocumentReference|AllergyIntolerance|ServiceRequest)\/[\w.-]+/;
const LAUNCHES: [string, LaunchRequest][] = [
  ...(['smart-v2', 'epic', 'oracle-health', 'dips'] as const).map((personality): [string, LaunchRequest] => [
    personality,
    { personality },
  ]),
  ['dips with the national services', { personality: 'dips', sandbox: e2e.nationalSandbox }],
];
const HOST = /\bhttps?:\/\/|\b[\w-]+(?:\.[\w-]+)*\.(?:no|com|org|net|local|localhost)\b/i;

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

/** Every text the page shows, through shadow roots, leaving out the FHIR source views ("Vis kilde"). */
function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines: string[] = [];
    const collect = (node: Node) => {
      if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
      if (node instanceof HTMLElement && (node.matches('pre.source, .source-view') || node.hidden)) return;
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent?.trim();
        if (text) lines.push(text);
        return;
      }
      if (node instanceof Element) {
        for (const name of ['aria-label', 'title', 'alt']) {
          const value = node.getAttribute(name);
          if (value) lines.push(value);
        }
        if (node.shadowRoot) collect(node.shadowRoot);
      }
      node.childNodes.forEach(collect);
    };
    collect(document.body);
    return lines;
  });
}

/** Opens every row and disclosure, but no source view. */
async function openEverything(page: Page): Promise<void> {
  await page.locator('.launch-context summary').click();
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    for (let round = 0; round < 3; round++) {
      await page.evaluate(() => {
        const buttons: HTMLButtonElement[] = [];
        const find = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el instanceof HTMLButtonElement && el.getAttribute('aria-expanded') === 'false') buttons.push(el);
            if (el.shadowRoot) find(el.shadowRoot);
          }
        };
        find(document);
        for (const button of buttons) {
          if (!button.closest('[hidden]') && !/kilde|source/i.test(button.textContent)) button.click();
        }
      });
      await page.waitForTimeout(150);
    }
  }
}

describe.concurrent('the words a clinician reads', () => {
  it.each(LAUNCHES)(
    'on %s: no host names and no raw ids outside the source view',
    async (_, launch) => {
      const watched = await WatchedContext.open(browser);
      try {
        const page = await watched.context.newPage();
        await launchIn(page, { patient: PATIENT, ...launch });
        await expectRecords(page, PATIENT);
        await openEverything(page);
        const lines = await shownText(page);
        expect(lines.length).toBeGreaterThan(100);
        expect(lines.filter((line) => RAW_ID.test(line))).toEqual([]);
        expect(lines.filter((line) => HOST.test(line))).toEqual([]);
        // The user by name (the sandbox's clinician), not by an id nor "could not be read".
        const user = await page.locator('.launch-context dt', { hasText: 'Bruker' }).locator('+ dd').textContent();
        expect(user).toMatch(/^\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)+$/u);
      } finally {
        await watched.close();
      }
    },
    90_000,
  );
});
