// The XSS corpus the components are tested with (@samspill/fixtures/hostile) really attacks: injected as
// markup, its payloads run and show up in the checks, so a component test that finds nothing means
// something.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { XSS_PAYLOADS } from '@samspill/fixtures/hostile';
import { recordRunPayloads, xssFindings } from '@samspill/fixtures/hostile-dom';

describe('the XSS corpus', () => {
  it('runs when injected as markup, and the markup checks see it', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const ran = recordRunPayloads();
    const payload = XSS_PAYLOADS.find(({ text }) => text.startsWith('<details open ontoggle='))!;
    host.innerHTML = payload.text;
    await waitUntil(async () => (await ran()).includes(payload.id), 'the injected payload never ran');
    expect(xssFindings(host, new Set(['div']))).to.include('markup details[ontoggle]');
  });

  it('finds script URLs whatever their spacing and case', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = '<a href=" JaVa&#x09;ScRiPt:x">a</a><iframe srcdoc="x"></iframe><a href="https://ok">b</a>';
    expect(xssFindings(host, new Set(['div', 'a', 'a[href]', 'iframe', 'iframe[srcdoc]']))).to.have.length(2);
  });
});
