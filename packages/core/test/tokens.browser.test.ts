import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { NOTICE_VARIANTS, themeStyles } from '../src/index.js';

/** WCAG 2.1 relative luminance contrast of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

function noticeColours(root: Element) {
  return [...root.querySelectorAll('sam-notice')].map((notice) => {
    const box = getComputedStyle(notice.shadowRoot!.querySelector('[part=base]')!);
    return { variant: notice.variant, text: box.color, background: box.backgroundColor };
  });
}

const notices = (theme: string) => html`
  <div data-sam-theme=${theme}>
    ${NOTICE_VARIANTS.map((variant) => html`<sam-notice variant=${variant}>Tekst</sam-notice>`)}
  </div>
`;

describe('design tokens', () => {
  before(() => {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet!];
  });

  after(async () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== themeStyles.styleSheet);
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of ['light', 'dark']) {
    it(`gives every notice variant at least 4.5:1 text contrast in the ${theme} theme`, async () => {
      const el = await fixture(notices(theme));
      for (const { variant, text, background } of noticeColours(el)) {
        expect(contrast(text, background), `${variant}: ${text} on ${background}`).to.be.at.least(4.5);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('draws the dark theme differently from the light one', async () => {
    const light = noticeColours(await fixture(notices('light')));
    const dark = noticeColours(await fixture(notices('dark')));
    light.forEach((colours, i) => {
      expect(dark[i]!.background).not.to.equal(colours.background);
      expect(dark[i]!.text).not.to.equal(colours.text);
    });
  });

  it("follows the user's colour scheme when no theme is pinned", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const followed = noticeColours(await fixture(notices('auto')));
    const dark = noticeColours(await fixture(notices('dark')));
    expect(followed).to.deep.equal(dark);
    await emulateMedia({ colorScheme: 'light' });
    const light = noticeColours(await fixture(notices('light')));
    expect(noticeColours(await fixture(notices('auto')))).to.deep.equal(light);
  });
});
