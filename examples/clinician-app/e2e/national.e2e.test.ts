// The national services beside the EHR's own record. Launched from the sandbox whose national services
// the app shows (global-setup.ts), the app exchanges the launch's token at HelseID for a DPoP-bound one,
// meeting HelseID's nonce, reads the national medication list (PLL) and Kjernejournal's critical
// information with a fresh proof on every request, and shows them merged with the hospital's records:
// the source filter names both, and a medicine on both lists is marked as a possible double registration.
// With HelseID down, the hospital's records show, with a notice naming what the national services did not give.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  connectBrowser,
  e2e,
  expectNoTokenLeak,
  expectPatient,
  launchIn,
  viewStatus,
  viewText,
  WatchedContext,
} from './app-browser.js';

const PLL = 'Pasientens legemiddelliste (PLL)';
// Henrik's hospital list has Selo-Zok; so does the PLL the sandbox serves every patient.
const PATIENT = 'pasient-henrik';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(() => browser.close());

interface Sent {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly authorization: string | undefined;
  readonly proof: Record<string, unknown> | undefined;
}

/** Every request the page makes, once answered, with its Authorization scheme and its DPoP proof's claims. */
function recordRequests(page: Page): Sent[] {
  const seen: Sent[] = [];
  page.on('response', (response) => {
    const request = response.request();
    const headers = request.headers();
    const proof = headers.dpop?.split('.')[1];
    seen.push({
      method: request.method(),
      url: request.url(),
      status: response.status(),
      authorization: headers.authorization,
      proof:
        proof === undefined
          ? undefined
          : (JSON.parse(Buffer.from(proof, 'base64url').toString()) as Record<string, unknown>),
    });
  });
  return seen;
}

/** The options of the medication list's source filter, as shown. */
function sourceChoices(page: Page): Promise<string[]> {
  return page
    .locator('sam-medication-list')
    .first()
    .evaluate((host) => {
      const filter = Array.from(host.shadowRoot?.querySelectorAll('label') ?? []).find((label) =>
        label.textContent.includes('Kilde'),
      );
      return Array.from(filter?.querySelectorAll('option') ?? [], (option) => option.textContent.trim());
    });
}

describe.concurrent('the national services beside the EHR', () => {
  it.each(['smart-v2', 'epic', 'oracle-health', 'dips'] as const)(
    'on %s: the national list merged with the hospital’s, a double registration marked, every national request proved',
    async (personality) => {
      const watched = await WatchedContext.open(browser);
      try {
        const page = await watched.context.newPage();
        const requests = recordRequests(page);
        await launchIn(page, { sandbox: e2e.nationalSandbox, personality, patient: PATIENT });
        await expectPatient(page, PATIENT);

        expect(await viewStatus(page, 'sam-medication-list')).toBe('data');
        const medicines = await viewText(page, 'sam-medication-list');
        const hospitalMedicine = e2e.patients[PATIENT]?.medication ?? '';
        for (const name of [hospitalMedicine, 'Imacillin Kaps 500 mg', 'Paracet Tab 500 mg'])
          expect(medicines).toContain(name);
        expect(await sourceChoices(page)).toEqual(['Alle kilder', 'Journalen', PLL]);
        expect(medicines).toContain('Mulig dobbeltføring: samme virkestoff som «Selo-Zok Depottab 50 mg».');
        expect(medicines).toContain(`Kilder: Journalen og ${PLL}.`);

        expect(await viewStatus(page, 'sam-allergies')).toBe('data');
        const allergies = await viewText(page, 'sam-allergies');
        for (const text of ['Sulfonamider', 'Vepsestikk', 'Kjernejournal']) expect(allergies).toContain(text);

        // HelseID asked for its nonce once, then exchanged the token, a proof on both requests.
        const token = `${e2e.nationalSandbox}/helseid/connect/token`;
        const exchanges = requests.filter(({ url, method }) => url === token && method === 'POST');
        expect(exchanges.map(({ status, proof }) => [status, typeof proof?.nonce])).toEqual([
          [400, 'undefined'],
          [200, 'string'],
        ]);
        // Every national request carries the national token as DPoP, a proof of its own with the
        // server's nonce and the token's hash, and no national search went out twice.
        const base = `${e2e.nationalSandbox}/nasjonal/fhir`;
        const national = requests.filter(({ url }) => url.startsWith(`${base}/`) && !url.endsWith('/metadata'));
        expect(national.map(({ url }) => new URL(url).pathname.split('/').pop()).sort()).toEqual(
          expect.arrayContaining(['AllergyIntolerance', 'MedicationStatement']),
        );
        for (const { method, url, status, authorization, proof } of national) {
          expect([status, authorization?.split(' ')[0]]).toEqual([200, 'DPoP']);
          expect(proof).toMatchObject({ htm: method, htu: url.split('?')[0] });
          expect([typeof proof?.nonce, typeof proof?.ath, typeof proof?.jti]).toEqual(['string', 'string', 'string']);
        }
        const asked = national.map(({ method, url }) => `${method} ${url}`);
        expect(asked.filter((request, index) => asked.indexOf(request) !== index)).toEqual([]);
        expect(new Set(national.map(({ proof }) => proof?.jti)).size).toBe(national.length);
        // The EHR's token never went to the national services, nor theirs to the EHR.
        const ehrTokens = new Set(
          requests.filter(({ url }) => !url.startsWith(base)).map(({ authorization }) => authorization?.split(' ')[1]),
        );
        expect(national.filter(({ authorization }) => ehrTokens.has(authorization?.split(' ')[1]))).toEqual([]);
        await expectNoTokenLeak(watched, [page]);
      } finally {
        await watched.close();
      }
    },
    60_000,
  );

  it('with HelseID down shows the hospital’s records and names what the national services did not give', async () => {
    const watched = await WatchedContext.open(browser);
    try {
      const page = await watched.context.newPage();
      const requests = recordRequests(page);
      await launchIn(page, {
        sandbox: e2e.nationalSandbox,
        personality: 'smart-v2',
        patient: PATIENT,
        fault: 'national_unavailable',
      });
      await expectPatient(page, PATIENT);

      expect(await viewStatus(page, 'sam-medication-list')).toBe('partial');
      const medicines = await viewText(page, 'sam-medication-list');
      expect(medicines).toContain(e2e.patients[PATIENT]?.medication ?? '');
      expect(medicines).toContain(`Fikk ikke hentet legemiddelbruk fra ${PLL}: tjenesten svarer ikke akkurat nå.`);
      expect(medicines).not.toContain('Imacillin');
      // The allergies never read as complete when a source is missing: they say so, and what to do.
      await viewStatus(page, 'sam-allergies');
      const allergies = await viewText(page, 'sam-allergies');
      expect(allergies).toContain('Ikke alle allergier kunne sjekkes');
      expect(allergies).toContain('Fikk ikke hentet allergier fra Kjernejournal: tjenesten svarer ikke akkurat nå.');
      // Nothing was asked of the national FHIR base without a token, and support finds the reason.
      expect(requests.filter(({ url }) => url.startsWith(`${e2e.nationalSandbox}/nasjonal/`))).toEqual([]);
      expect(watched.consoleMessages.some((message) => message.includes('national-unavailable'))).toBe(true);
      await expectNoTokenLeak(watched, [page]);
    } finally {
      await watched.close();
    }
  }, 60_000);
});
