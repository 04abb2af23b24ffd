// Inside the workspace, `@samspill/<name>` and its subpaths are served from source, so tests, Storybook
// and the examples run on a fresh clone without a build. Published packages resolve through `exports`
// to dist/ as usual; this maps each of those dist targets back to the file it is built from.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = dirname(dirname(fileURLToPath(import.meta.url)));

const SPECIFIER = /^@samspill\/([a-z0-9-]+)(\/.+)?$/;

/** The absolute source file a workspace package specifier points at, or undefined for anything else. */
export function workspaceSource(specifier) {
  const match = SPECIFIER.exec(specifier);
  if (!match) return undefined;
  const [, name, subpath] = match;
  const dir = join(root, 'packages', name);
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const target = JSON.parse(readFileSync(manifest, 'utf8')).exports?.[`.${subpath ?? ''}`];
  const file = typeof target === 'string' ? target : target?.default;
  const built = /^\.\/dist\/(.+)\.js$/.exec(file ?? '');
  return built ? join(dir, 'src', `${built[1]}.ts`) : undefined;
}

/** The same mapping as a Vite plugin (Storybook, Vitest, example apps). */
export function workspaceSourcesVitePlugin() {
  return {
    name: 'samspill-workspace-sources',
    enforce: 'pre',
    resolveId: (id) => workspaceSource(id),
  };
}
