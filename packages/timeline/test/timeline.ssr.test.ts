// <sam-timeline> and <sam-timeline-overview> rendered on a server with @lit-labs/ssr: before any data, the
// timeline is its heading and the "no source" notice, the overview its empty axis and controls, in the
// locale given, as declarative shadow DOM with their styles, ready for the browser to take over.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import '../src/define.js';
import '../src/define-overview.js';
import { SamTimeline, SamTimelineOverview } from '../src/index.js';

const NO_SOURCE = {
  nb: ['Tidslinje', 'Merk:', 'Ingen datakilde er koblet til ennå.'],
  nn: ['Tidslinje', 'Merk:', 'Inga datakjelde er kopla til enno.'],
  en: ['Timeline', 'Note:', 'No data source is connected yet.'],
} as const;

/** Lit's hydration markers are comments between the parts of a sentence. */
const withoutMarkers = (markup: string) => markup.replace(/<!--[^]*?-->/g, '');

describe('<sam-timeline> on a server', () => {
  for (const [locale, texts] of Object.entries(NO_SOURCE)) {
    it(`renders the no-source state in ${locale} as declarative shadow DOM`, async () => {
      const markup = await collectResult(render(html`<sam-timeline locale=${locale} patient="p1"></sam-timeline>`));
      expect(markup).toMatch(/<sam-timeline [^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
      expect(markup).toContain(`lang="${locale}"`);
      expect(markup).toContain('data-status="idle"');
      for (const text of texts) expect(withoutMarkers(markup)).toContain(text);
      for (const style of SamTimeline.elementStyles) expect(markup).toContain((style as CSSResult).cssText);
      expect(markup).not.toMatch(/undefined|\[object Object\]|NaN/);
    });
  }

  it('follows the page language only in the browser: without a locale, bokmål', async () => {
    const markup = await collectResult(render(html`<sam-timeline></sam-timeline>`));
    expect(markup).toContain('Ingen datakilde er koblet til ennå.');
  });
});

describe('<sam-timeline-overview> on a server', () => {
  it('renders its controls, without events, as declarative shadow DOM', async () => {
    const markup = await collectResult(render(html`<sam-timeline-overview locale="en"></sam-timeline-overview>`));
    expect(markup).toMatch(/<sam-timeline-overview [^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    for (const text of ['Zoom in', 'Zoom out', 'Show all']) expect(withoutMarkers(markup)).toContain(text);
    for (const style of SamTimelineOverview.elementStyles) expect(markup).toContain((style as CSSResult).cssText);
    expect(markup).not.toMatch(/undefined|\[object Object\]|NaN/);
  });
});
