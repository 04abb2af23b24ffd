// Opt-in Vue typings for this package's tags: `import type {} from '@samspill/allergies/vue.js'` once in an
// app. The typings are generated in @samspill/core/vue.js from the element classes and the events
// define.ts declares; importing define.ts here (types only) registers this package's tags with them.
import type {} from '@samspill/core/vue.js';
import type {} from './define.js';
