// Import first: fhirclient then runs with the stand-ins @samspill/smart's build puts in (package.json
// `vendor`), as it ships. It fetches with the platform's fetch — which a test can watch or replace, as
// a page can — rather than with cross-fetch's node-fetch.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join, sep } from 'node:path';

const packageDir = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
  vendor?: Record<string, Record<string, string>>;
};

const standIns: { within: string; request: string; standIn: string }[] = [];
for (const [specifier, shims] of Object.entries(manifest.vendor ?? {})) {
  // The vendored package's folder: its entry's path up to the package's name.
  const name = `${sep}${specifier.split('/')[0] ?? specifier}${sep}`;
  const entry = createRequire(join(packageDir, 'package.json')).resolve(specifier);
  const within = entry.slice(0, entry.lastIndexOf(name) + name.length);
  for (const [request, file] of Object.entries(shims))
    standIns.push({ within, request, standIn: join(packageDir, file) });
}

type Load = (request: string, parent: { filename?: string } | undefined, ...rest: unknown[]) => unknown;
const loader = Module as unknown as { _load: Load };
const load = loader._load;
loader._load = function loadWithStandIns(this: unknown, request, parent, ...rest) {
  const found = standIns.find((standIn) => request === standIn.request && parent?.filename?.startsWith(standIn.within));
  return load.call(this, found?.standIn ?? request, parent, ...rest);
};
