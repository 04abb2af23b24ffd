// Unit tests word models in every locale, as a Node app does that imports each package's locale
// modules (`@samspill/<name>/locales/nn.js`); in the browser the elements fetch them on demand.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../workspace-sources.mjs';

for (const name of readdirSync(join(root, 'packages'))) {
  for (const locale of ['nn', 'en']) {
    const file = join(root, 'packages', name, 'src', 'locales', `${locale}.ts`);
    if (existsSync(file)) await import(/* @vite-ignore */ pathToFileURL(file).href);
  }
}
