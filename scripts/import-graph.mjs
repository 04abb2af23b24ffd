// The workspace's source as an import graph, and the cycles in it. Type-only edges count: a cycle ties
// modules together so that none can be read, tested or moved on its own, and the day one of its imports
// stops being type-only, which module initialises first depends on who loaded the cycle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { root, workspaceSource } from './workspace-sources.mjs';

/** @typedef {Map<string, string[]>} ImportGraph each file, with the files it imports (sorted, once each) */
/** @typedef {{ file: string, specifier: string }} UnresolvedImport */

const SOURCE_FILE = /\.tsx?$/;
const SKIPPED_DIRECTORIES = new Set(['node_modules', 'dist']);

/**
 * Every `.ts` and `.tsx` file under `packages/*\/src` and `examples/*\/src`, stories included, sorted.
 * @param {string} [base] the repository root
 * @returns {string[]} absolute paths
 */
export function sourceFiles(base = root) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) walk(path);
      } else if (SOURCE_FILE.test(entry.name)) files.push(path);
    }
  };
  for (const group of ['packages', 'examples']) {
    for (const entry of readdirSync(join(base, group), { withFileTypes: true })) {
      const src = join(base, group, entry.name, 'src');
      if (entry.isDirectory() && isDirectory(src)) walk(src);
    }
  }
  return files.sort();
}

/**
 * Every module specifier in a file: imports (`import type` too), `export … from`, dynamic `import()`,
 * `import('…')` types and `require()`. The compiler's own pre-scan, so a specifier in a comment or a string never counts.
 * @param {string} text
 * @returns {string[]}
 */
export function moduleSpecifiers(text) {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/**
 * The source file a specifier points at: relative ones as TypeScript resolves them (`./x.js` is `./x.ts`
 * or `./x.tsx`), `@samspill/<name>[/<subpath>]` through the package's `exports`. Undefined for other
 * packages and for assets (`./app.css`).
 * @param {string} specifier
 * @param {string} importer the absolute path of the importing file
 * @param {(path: string) => boolean} [isFile]
 * @returns {string | undefined}
 */
export function resolveSpecifier(specifier, importer, isFile = isExistingFile) {
  // Vite's `?url`, `?inline` and the like name the same file.
  const path = specifier.replace(/\?.*$/, '');
  if (path.startsWith('.')) return candidates(resolve(dirname(importer), path)).find(isFile);
  const source = workspaceSource(path) ?? exportedSource(path);
  return source === undefined ? undefined : candidates(source).find(isFile);
}

/**
 * The graph of `files`, and every relative import of code in them that named no file: reported, so that
 * a gap in `resolveSpecifier` cannot quietly drop an edge and with it a cycle.
 * @param {readonly string[]} files absolute paths
 * @returns {{ graph: ImportGraph, unresolved: UnresolvedImport[] }}
 */
export function importGraph(files) {
  /** @type {ImportGraph} */
  const graph = new Map();
  /** @type {UnresolvedImport[]} */
  const unresolved = [];
  for (const file of files) {
    const targets = new Set();
    for (const specifier of moduleSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveSpecifier(specifier, file);
      if (target !== undefined) targets.add(target);
      else if (namesCode(specifier)) unresolved.push({ file, specifier });
    }
    graph.set(file, [...targets].sort());
  }
  return { graph, unresolved };
}

/**
 * Tarjan's strongly connected components, each sorted; a file that only reaches itself is one of size 1.
 * @param {ImportGraph} graph
 * @returns {string[][]}
 */
export function stronglyConnectedComponents(graph) {
  /** @type {Map<string, { index: number, low: number }>} */
  const visited = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const components = [];

  /** @param {string} file */
  const visit = (file) => {
    const node = { index: visited.size, low: visited.size };
    visited.set(file, node);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      const seen = visited.get(target);
      if (seen === undefined) node.low = Math.min(node.low, visit(target).low);
      else if (onStack.has(target)) node.low = Math.min(node.low, seen.index);
    }
    if (node.low === node.index) {
      /** @type {string[]} */
      const component = [];
      let member;
      do {
        member = stack.pop() ?? file;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      components.push(component.sort());
    }
    return node;
  };

  for (const file of [...graph.keys()].sort()) if (!visited.has(file)) visit(file);
  return components;
}

/**
 * Every import cycle, as chains that start and end at the same file (`a → b → a`). A component of
 * several files gets the shortest cycles that between them pass through each of its files.
 * @param {ImportGraph} graph
 * @returns {string[][]}
 */
export function importCycles(graph) {
  /** @type {string[][]} */
  const cycles = [];
  for (const component of stronglyConnectedComponents(graph)) {
    if (component.length === 1) {
      const [file] = component;
      if (graph.get(file)?.includes(file)) cycles.push([file, file]);
      continue;
    }
    const members = new Set(component);
    const uncovered = new Set(component);
    for (const start of component) {
      if (!uncovered.has(start)) continue;
      const chain = shortestCycle(graph, start, members);
      for (const file of chain) uncovered.delete(file);
      cycles.push(chain);
    }
  }
  return cycles.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/**
 * A cycle as one readable line of repository-relative paths.
 * @param {readonly string[]} chain
 * @param {string} [base]
 */
export function describeCycle(chain, base = root) {
  return chain.map((file) => repositoryPath(file, base)).join(' → ');
}

/**
 * @param {string} file an absolute path
 * @param {string} [base]
 */
export function repositoryPath(file, base = root) {
  return relative(base, file).split(sep).join('/');
}

/**
 * Breadth first within one strongly connected component, so a way back to `start` always exists.
 * @param {ImportGraph} graph
 * @param {string} start
 * @param {ReadonlySet<string>} members
 * @returns {string[]}
 */
function shortestCycle(graph, start, members) {
  /** @type {Map<string, string>} */
  const cameFrom = new Map();
  const queue = [start];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const target of graph.get(next) ?? []) {
      if (target === start) {
        const chain = [start];
        for (let file = next; file !== start; file = cameFrom.get(file) ?? start) chain.unshift(file);
        return [start, ...chain];
      }
      if (members.has(target) && !cameFrom.has(target)) {
        cameFrom.set(target, next);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** @param {string} specifier relative: names code rather than an asset (`./app.css`) */
function namesCode(specifier) {
  const extension = extname(specifier.replace(/\?.*$/, ''));
  return specifier.startsWith('.') && (extension === '' || /^\.(m?jsx?|tsx?)$/.test(extension));
}

/** @param {string} path with TypeScript's extension substitutions applied */
function candidates(path) {
  const extension = /\.(m?js|jsx|tsx?)$/.exec(path)?.[1];
  if (extension === undefined) return [`${path}.ts`, `${path}.tsx`, join(path, 'index.ts'), join(path, 'index.tsx')];
  const stem = path.slice(0, -extension.length - 1);
  if (extension === 'jsx') return [`${stem}.tsx`];
  if (extension === 'ts' || extension === 'tsx') return [path];
  return [`${stem}.ts`, `${stem}.tsx`];
}

/**
 * For packages whose `exports` point at TypeScript source already (`@samspill/fixtures`), where
 * `workspaceSource` has no dist target to map back.
 * @param {string} specifier
 */
function exportedSource(specifier) {
  const match = /^@samspill\/([a-z0-9-]+)(\/.+)?$/.exec(specifier);
  if (!match) return undefined;
  const [, name, subpath] = match;
  const dir = join(root, 'packages', name ?? '');
  const manifest = join(dir, 'package.json');
  if (!isExistingFile(manifest)) return undefined;
  /** @type {unknown} */
  const target = JSON.parse(readFileSync(manifest, 'utf8')).exports?.[`.${subpath ?? ''}`];
  return typeof target === 'string' && SOURCE_FILE.test(target) ? join(dir, target) : undefined;
}

/** @param {string} path */
function isExistingFile(path) {
  return existsSync(path) && statSync(path).isFile();
}

/** @param {string} path */
function isDirectory(path) {
  return existsSync(path) && statSync(path).isDirectory();
}
