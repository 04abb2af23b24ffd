import type { LocalePack } from '@samspill/core/data.js';

/** The care plan's strings in nynorsk and English (core's with them), fetched when first shown. */
export const carePlanLocales: LocalePack = {
  name: '@samspill/care-plan',
  load: { nn: () => import('./nn.js'), en: () => import('./en.js') },
};
