import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { LOCALES, resolveLocale, THEMES, themeStyles } from '@samspill/core';
import { html } from 'lit';

// Controls and docs come from every package's custom-elements.json (`pnpm analyze` writes them);
// Storybook takes one manifest, so their modules are pooled.
const manifests = import.meta.glob<{ modules: unknown[] }>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

if (themeStyles.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet];

const LOCALE_TITLES = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' } as const;

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Språk',
        icon: 'globe',
        items: LOCALES.map((value) => ({ value, title: LOCALE_TITLES[value], right: value })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Tema', icon: 'contrast', items: [...THEMES], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'nb', theme: 'auto' },
  // Each story sits in an element carrying the chosen `lang` and `data-sam-theme`, which components
  // read as they would inside an app (an attribute on the page would lose to Storybook's own
  // `lang="en"` on its docs pages).
  decorators: [
    (story, { globals }) => html`
      <div class="sam-story" lang=${resolveLocale(String(globals.locale))} data-sam-theme=${String(globals.theme)}>
        ${story()}
      </div>
    `,
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
