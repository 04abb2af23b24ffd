import type { LocalePack } from '@samspill/core/data.js';

/** The allergies' strings in nynorsk and English (core's with them), fetched when first shown. */
export const allergyLocales: LocalePack = {
  name: '@samspill/allergies',
  load: { nn: () => import('./nn.js'), en: () => import('./en.js') },
};
