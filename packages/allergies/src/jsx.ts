// Opt-in React 19 typings for this package's tags: `import type {} from '@samspill/allergies/jsx.js'` once in
// an app. The typings are generated in @samspill/core/jsx.js from the element classes and the events
// define.ts declares; importing define.ts here (types only) registers this package's tags with them.
import type {} from '@samspill/core/jsx.js';
import type {} from './define.js';
