// <sam-allergies> rendered on a server with @lit-labs/ssr: before any data, it is the "no source"
// notice in the locale given, as declarative shadow DOM with its styles, ready for the browser to take over.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import '../src/define.js';
import { SamAllergies } from '../src/index.js';

const NO_SOURCE = {
  nb: ['Merk:', 'Ingen datakilde er koblet til ennå.'],
  nn: ['Merk:', 'Inga datakjelde er kopla til enno.'],
  en: ['Note:', 'No data source is connected yet.'],
} as const;

describe('<sam-allergies> on a server', () => {
  for (const [locale, texts] of Object.entries(NO_SOURCE)) {
    it(`renders the no-source state in ${locale} as declarative shadow DOM`, async () => {
      const markup = await collectResult(render(html`<sam-allergies locale=${locale} patient="p1"></sam-allergies>`));
      expect(markup).toMatch(/<sam-allergies [^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
      expect(markup).toContain(`lang="${locale}"`);
      expect(markup).toContain('data-status="idle"');
      // Lit's hydration markers are comments between the parts of a sentence.
      for (const text of texts) expect(markup.replace(/<!--[^]*?-->/g, '')).toContain(text);
      for (const style of SamAllergies.elementStyles) expect(markup).toContain((style as CSSResult).cssText);
      expect(markup).not.toMatch(/undefined|\[object Object\]|NaN/);
    });
  }

  it('follows the page language only in the browser: without a locale, bokmål', async () => {
    const markup = await collectResult(render(html`<sam-allergies></sam-allergies>`));
    expect(markup).toContain('Ingen datakilde er koblet til ennå.');
  });
});
