// <sam-fhir-context> rendered on a server with @lit-labs/ssr: a declarative shadow root around its slot,
// and the lang and theme it sets, so what is inside reads right before any script runs.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, type CSSResult } from 'lit';
import { describe, expect, it } from 'vitest';
import '../src/define.js';
import { SamFhirContext } from '../src/index.js';

describe('<sam-fhir-context> on a server', () => {
  it('renders its slot as declarative shadow DOM, with lang and theme set and its children kept', async () => {
    const markup = await collectResult(
      render(html`<sam-fhir-context locale="nn-NO" theme="dark" patient="p1"><p>Innhald</p></sam-fhir-context>`),
    );
    expect(markup).toMatch(
      /<sam-fhir-context [^>]*><template shadowroot="open" shadowrootmode="open"><style>[^]*<slot><\/slot>/,
    );
    expect(markup).toMatch(/<sam-fhir-context [^>]*\blang="nn"/);
    expect(markup).toMatch(/<sam-fhir-context [^>]*\bdata-sam-theme="dark"/);
    expect(markup).toContain('</template><p>Innhald</p></sam-fhir-context>');
    for (const style of SamFhirContext.elementStyles) expect(markup).toContain((style as CSSResult).cssText);
    expect(markup).not.toMatch(/undefined|\[object Object\]/);
  });

  it('renders a notice inside it in the locale the notice is given', async () => {
    const markup = await collectResult(
      render(
        html`<sam-fhir-context locale="en"
          ><sam-notice variant="warning" locale="en">Sjekk</sam-notice></sam-fhir-context
        >`,
      ),
    );
    expect(markup).toMatch(/<sam-notice [^>]*><template shadowroot="open" shadowrootmode="open">/);
    expect(markup.replace(/<!--[^]*?-->/g, '')).toContain('Warning:');
  });
});
