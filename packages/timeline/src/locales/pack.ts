import type { LocalePack } from '@samspill/core/data.js';

/** The timeline's strings in nynorsk and English (core's with them), fetched when first shown. */
export const timelineLocales: LocalePack = {
  name: '@samspill/timeline',
  load: { nn: () => import('./nn.js'), en: () => import('./en.js') },
};
