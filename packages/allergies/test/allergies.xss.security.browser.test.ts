// The XSS corpus (@samspill/fixtures/hostile) in every string of a real-shaped record (the typical
// patient, its "no known allergy" statement and its people), with everything collapsed opened:
// nothing runs, the data adds no element or attribute kind that plain text does not make, no script
// URL appears, and the element still shows text.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { FhirResource } from 'fhir/r4.js';
import { XSS_PAYLOADS, withEveryString } from '@samspill/fixtures/hostile';
import { deepText, markupShape, recordRunPayloads, xssFindings } from '@samspill/fixtures/hostile-dom';
import '../src/define.js';
import type { SamAllergies } from '../src/index.js';
import { contradictedPatient, typicalPatient } from './allergies-examples.js';

const RECORD: FhirResource[] = [...typicalPatient(), ...contradictedPatient().slice(0, 1)];

async function rendered(resources: FhirResource[]): Promise<SamAllergies> {
  const el = await fixture<SamAllergies>(html`<sam-allergies .resources=${resources}></sam-allergies>`);
  const status = () => el.shadowRoot!.querySelector('.sam-state')?.getAttribute('data-status') ?? '';
  await waitUntil(() => !['idle', 'loading'].includes(status()), `never settled (was ${status()})`, { timeout: 5000 });
  // Rows, then the past list's rows, then the source views inside them.
  for (let round = 0; round < 3; round++) {
    for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('[aria-expanded="false"]')) button.click();
    await el.updateComplete;
  }
  return el;
}

describe('<sam-allergies> with the XSS corpus in every string', () => {
  let plain: Set<string>;

  before(async () => {
    const el = await rendered(withEveryString(RECORD, 'SAMSPILL-PROBE'));
    plain = markupShape(el.shadowRoot!);
    expect(deepText(el.shadowRoot!)).to.contain('SAMSPILL-PROBE');
  });

  for (const payload of XSS_PAYLOADS) {
    it(`shows payload ${String(payload.id)} as text: ${payload.text.slice(0, 50)}`, async () => {
      const ran = recordRunPayloads();
      const el = await rendered(withEveryString(RECORD, payload.text));
      expect(await ran()).to.deep.equal([]);
      expect(xssFindings(el.shadowRoot!, plain)).to.deep.equal([]);
      expect(deepText(el.shadowRoot!).trim()).not.to.equal('');
    });
  }
});
