import type { LocalePack } from '../i18n/locale-pack.js';

/** Core's strings (formatting, states, failures) in nynorsk and English, fetched when first shown. */
export const coreLocales: LocalePack = {
  name: '@samspill/core',
  load: { nn: () => import('./nn.js'), en: () => import('./en.js') },
};
