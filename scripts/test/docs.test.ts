// The documentation site (scripts/docs.mjs): every page built, accessible in its structure, its links
// inside the repository, and the generated tables complete.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocs, designTokens, sitePages } from '../docs.mjs';

describe('the documentation site', () => {
  let out: string;
  let pages: string[];
  const page = (path: string) => readFileSync(join(out, path), 'utf8');

  beforeAll(() => {
    out = join(mkdtempSync(join(tmpdir(), 'samspill-docs-')), 'site');
    ({ pages } = buildDocs({ out, storybook: false }));
  });

  it('has a page for README.md, every guide and every package README', () => {
    const sources = sitePages().map((entry) => entry.source);
    expect(sources).toContain('README.md');
    expect(sources).toContain('docs/guides/quick-start.md');
    expect(sources).toContain('packages/core/README.md');
    expect(pages).toHaveLength(sources.length);
  });

  it('gives every page a language, a title, a skip link to the main content, one h1 and the navigation', () => {
    for (const path of pages) {
      const html = page(path);
      expect(html, path).toMatch(/<html lang="en">/);
      expect(html, path).toMatch(/<title>[^<]+<\/title>/);
      expect(html, path).toMatch(/<a class="skip-link" href="#main">/);
      expect(html, path).toMatch(/<main id="main"/);
      expect(html.match(/<h1[ >]/g), path).toHaveLength(1);
      expect(html, path).toMatch(/<nav aria-label="Documentation">/);
      expect(html, path).toMatch(/aria-current="page"/);
    }
  });

  it('links between pages, never to a Markdown file or outside the repository', () => {
    for (const path of pages) {
      const hrefs = [...page(path).matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
      expect(
        hrefs.filter(
          (href) =>
            (!/^https?:/.test(href) && /\.md(#|$)/.test(href)) || href.startsWith('file:') || href.startsWith('/'),
        ),
        path,
      ).toEqual([]);
    }
    expect(page('index.html')).toContain('href="guides/quick-start.html"');
    expect(page('guides/quick-start.html')).toContain('href="../reference/smart.html"');
  });

  it('lists every design token of tokens.ts in the theming guide', () => {
    const tokens = designTokens();
    expect(tokens.length).toBeGreaterThan(30);
    const theming = page('guides/theming.html');
    for (const { name } of tokens) expect(theming).toContain(`<code>${name}</code>`);
    expect(tokens.find((token) => token.name === '--sam-color-text')).toEqual({
      name: '--sam-color-text',
      light: '#1b1f24',
      dark: '#e8eaed',
      highContrast: '#000000',
    });
  });

  it('lists the vendor profiles in the vendor notes', () => {
    const vendors = page('guides/vendors.html');
    for (const name of ['epic', 'oracle-health', 'smart-v2']) expect(vendors).toContain(`<code>${name}</code>`);
    expect(vendors).toContain('Any server that follows SMART App Launch 2.x.'); // each profile's own JSDoc
    expect(vendors).not.toContain('readonly pkce'); // and nothing of the interface above them
  });
});
