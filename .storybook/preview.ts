import { setCustomElementsManifest, type Preview, type WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { LOCALES, resolveLocale, THEMES, themeStyles } from '@samspill/core';
import { html } from 'lit';

/** The parts of custom-elements.json read here. */
interface ManifestMember {
  readonly kind: string;
  readonly name: string;
  readonly privacy?: 'public' | 'protected' | 'private';
  readonly static?: boolean;
  readonly readonly?: boolean;
}
interface ManifestDeclaration {
  readonly tagName?: string;
  readonly members?: readonly ManifestMember[];
  readonly attributes?: readonly { readonly name: string; readonly fieldName?: string }[];
}
interface ManifestModule {
  readonly declarations?: readonly ManifestDeclaration[];
}

// Controls and docs come from every package's custom-elements.json (`pnpm analyze` writes them);
// Storybook takes one manifest, so their modules are pooled.
const manifests = import.meta.glob<{ modules: ManifestModule[] }>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
const modules = Object.values(manifests).flatMap((manifest) => manifest.modules);
setCustomElementsManifest({ schemaVersion: '1.0.0', modules });

/**
 * Per tag, what the manifest lists but is not the element's public API: private, protected and static
 * members (the analyzer leaves `@internal` ones out), and attributes that repeat a property under
 * another name (`time-zone` for `timeZone`). Read-only properties are documented without a control.
 */
const apiOf = new Map(
  modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName !== undefined)
    .map((declaration) => {
      const members = declaration.members ?? [];
      const internal = members.filter((member) => member.static === true || (member.privacy ?? 'public') !== 'public');
      const hidden = new Set(internal.map((member) => member.name));
      for (const attribute of declaration.attributes ?? []) {
        const field = attribute.fieldName;
        if (field !== attribute.name && members.some((member) => member.name === field)) hidden.add(attribute.name);
      }
      const readOnly = new Set(members.filter((member) => member.readonly === true).map((member) => member.name));
      return [declaration.tagName, { hidden, readOnly }] as const;
    }),
);

/** Hides what is not public API from the Controls panel and the docs tables, once for every story. */
const publicApiOnly: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, component }) => {
  const api = typeof component === 'string' ? apiOf.get(component) : undefined;
  if (!api) return argTypes;
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (api.hidden.has(name))
        return [name, { ...argType, control: false, table: { ...argType.table, disable: true } }];
      if (api.readOnly.has(name)) return [name, { ...argType, control: false }];
      return [name, argType];
    }),
  );
};

if (themeStyles.styleSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, themeStyles.styleSheet];

const LOCALE_TITLES = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', en: 'English' } as const;

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [publicApiOnly],
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
