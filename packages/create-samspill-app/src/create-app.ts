// Writing the planned app to disk, after checking the folder may take it.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageNameOf, type TemplateName } from './arguments.js';
import { planFiles, registrySpecifier, samspillTarballs, type PlannedFile, type PlanOptions } from './plan.js';

/** This package's own folder: dist/ (or src/ in the repository) is one level down. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');

/** The version of create-samspill-app, which is the version of every Samspill package released with it. */
export function ownVersion(): string {
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

export interface CreateAppOptions {
  readonly directory: string;
  readonly template: TemplateName;
  readonly force?: boolean;
  /** A folder of packed Samspill tarballs to depend on instead of the registry. */
  readonly samspillFrom?: string;
  /** The Samspill version to depend on; create-samspill-app's own by default. */
  readonly version?: string;
  readonly templatesDir?: string;
}

/** A problem the user can fix: the CLI prints the message and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The app's files as they will be written, for `options`. */
export function planApp(options: CreateAppOptions): PlannedFile[] {
  return planFiles(planOptions(options));
}

/** Creates the app: checks the folder, then writes every planned file. Returns the absolute folder. */
export function createApp(options: CreateAppOptions): { readonly directory: string; readonly files: PlannedFile[] } {
  const directory = resolve(options.directory);
  const files = planApp(options);
  const existing = folderContents(directory);
  if (existing === 'file') throw new UsageError(`${directory} is a file, not a folder.`);
  if (existing.length > 0 && !options.force) {
    throw new UsageError(
      `${directory} is not empty (${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}). ` +
        'Choose another folder, or pass --force to write into it.',
    );
  }
  for (const file of files) {
    const target = join(directory, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  return { directory, files };
}

function planOptions(options: CreateAppOptions): PlanOptions {
  const common = {
    name: packageNameOf(options.directory),
    template: options.template,
    templatesDir: options.templatesDir ?? TEMPLATES_DIR,
  };
  if (options.samspillFrom === undefined) {
    return { ...common, samspill: registrySpecifier(options.version ?? ownVersion()) };
  }
  const from = resolve(options.samspillFrom);
  if (!existsSync(from) || !statSync(from).isDirectory())
    throw new UsageError(`--samspill-from: ${from} is no folder.`);
  const tarballs = samspillTarballs(readdirSync(from));
  const overrides = Object.fromEntries([...tarballs].map(([name, file]) => [name, `file:${join(from, file)}`]));
  return {
    ...common,
    overrides,
    samspill: (name) => {
      const specifier = overrides[name];
      if (specifier === undefined)
        throw new UsageError(
          `--samspill-from: no tarball of ${name} in ${from} (samspill-${name.slice(10)}-<version>.tgz).`,
        );
      return specifier;
    },
  };
}

/** What is in `directory` already: nothing for a folder that does not exist; `.git` does not count. */
function folderContents(directory: string): string[] | 'file' {
  if (!existsSync(directory)) return [];
  if (!statSync(directory).isDirectory()) return 'file';
  return readdirSync(directory).filter((entry) => entry !== '.git');
}
