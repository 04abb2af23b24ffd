// What a new app is made of: the template's files (templates/shared/ under templates/<name>/), renamed
// where npm would not ship them, with the app's name filled in and its package.json put together.
// Pure apart from reading the templates, so the whole plan can be checked without writing a file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateName } from './arguments.js';

export interface PlannedFile {
  /** Relative to the app's folder, with `/` separators. */
  readonly path: string;
  readonly contents: string;
}

/** The template files every app has, whatever renders its page. */
export const SHARED_TEMPLATE = 'shared';

/**
 * Files npm leaves out of a package (or treats as its own), stored under another name and renamed
 * when written.
 */
export const RENAMED_FILES: Readonly<Record<string, string>> = {
  _gitignore: '.gitignore',
  _npmrc: '.npmrc',
};

/** A placeholder in a template file: `{{name}}`. Every one must be filled in. */
export const PLACEHOLDER = /\{\{\s*([a-zA-Z][\w-]*)\s*\}\}/g;

/** How the app depends on a Samspill package: the range to install, or a `file:` tarball. */
export type SamspillSpecifier = (packageName: string) => string;

export interface PlanOptions {
  /** The package name of the new app. */
  readonly name: string;
  readonly template: TemplateName;
  /** The folder holding `shared/` and each template's folder. */
  readonly templatesDir: string;
  /** The specifier for each `@samspill/*` dependency. */
  readonly samspill: SamspillSpecifier;
  /**
   * Packed Samspill tarballs, package name → `file:` specifier, pinned for the whole dependency tree
   * through `overrides` (a Samspill package that depends on another then gets the tarball too).
   */
  readonly overrides?: Readonly<Record<string, string>>;
}

interface PackageManifest {
  name?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  overrides?: Record<string, string>;
  [field: string]: unknown;
}

/** Every file of the new app, sorted by path. */
export function planFiles(options: PlanOptions): PlannedFile[] {
  const files = new Map<string, string>();
  const manifests: PackageManifest[] = [];
  for (const layer of [SHARED_TEMPLATE, options.template]) {
    for (const [path, contents] of readTemplate(join(options.templatesDir, layer))) {
      if (path === 'package.json') manifests.push(JSON.parse(contents) as PackageManifest);
      else files.set(renamed(path), contents);
    }
  }
  const values: Record<string, string> = { name: options.name, template: options.template };
  const planned = [...files].map(([path, contents]) => ({ path, contents: fillPlaceholders(contents, values) }));
  planned.push({
    path: 'package.json',
    contents: `${JSON.stringify(appManifest(manifests, options), null, 2)}\n`,
  });
  return planned.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The files under `dir`, relative paths with `/`, contents as text. */
export function readTemplate(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = file
        .slice(dir.length + 1)
        .split(/[\\/]/)
        .join('/');
      return [path, readFileSync(file, 'utf8')];
    });
}

/** A template path as written: `_gitignore` → `.gitignore`, in any folder. */
export function renamed(path: string): string {
  const segments = path.split('/');
  const last = segments.pop() ?? '';
  return [...segments, RENAMED_FILES[last] ?? last].join('/');
}

/** `text` with each `{{key}}` replaced by its value; an unknown key is an error, not a leftover. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (placeholder, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`The template has a placeholder nothing fills in: ${placeholder}`);
    return value;
  });
}

/**
 * The app's package.json: the shared manifest with the template's merged in (its scripts and
 * dependencies added, other fields replaced), the app's name, and every `@samspill/*` dependency
 * at the specifier asked for.
 */
export function appManifest(manifests: readonly PackageManifest[], options: PlanOptions): PackageManifest {
  const manifest: PackageManifest = {};
  for (const layer of manifests) {
    for (const [field, value] of Object.entries(layer)) {
      const merged = ['scripts', 'dependencies', 'devDependencies'].includes(field);
      manifest[field] = merged ? { ...(manifest[field] as object | undefined), ...(value as object) } : value;
    }
  }
  manifest.name = options.name;
  for (const field of ['dependencies', 'devDependencies'] as const) {
    const dependencies = manifest[field];
    if (!dependencies) continue;
    manifest[field] = Object.fromEntries(
      Object.keys(dependencies)
        .sort()
        .map((name) => [name, name.startsWith('@samspill/') ? options.samspill(name) : (dependencies[name] ?? '')]),
    );
  }
  if (options.overrides && Object.keys(options.overrides).length > 0) {
    manifest.overrides = Object.fromEntries(Object.entries(options.overrides).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return manifest;
}

/** The registry range for every Samspill package: all of them are released together, at this version. */
export function registrySpecifier(version: string): SamspillSpecifier {
  return () => `^${version}`;
}

/**
 * The packed Samspill tarballs in a folder (`samspill-core-1.2.0.tgz`, as `npm pack` and `pnpm pack`
 * name them), package name → file name. Two versions of one package are an error: which was meant?
 */
export function samspillTarballs(fileNames: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of [...fileNames].sort()) {
    const match = /^samspill-([a-z0-9-]+?)-(\d+\.\d+\.\d+(?:-[\w.]+)?)\.tgz$/.exec(file);
    if (!match) continue;
    const name = `@samspill/${match[1] ?? ''}`;
    const earlier = found.get(name);
    if (earlier !== undefined) throw new Error(`Two tarballs of ${name}: ${earlier} and ${file}. Keep one.`);
    found.set(name, file);
  }
  return found;
}
