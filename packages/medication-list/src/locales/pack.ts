import type { LocalePack } from '@samspill/core/data.js';

/** The medication list's strings in nynorsk and English (core's with them), fetched when first shown. */
export const medicationListLocales: LocalePack = {
  name: '@samspill/medication-list',
  load: { nn: () => import('./nn.js'), en: () => import('./en.js') },
};
