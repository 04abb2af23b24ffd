// The TypeScript and JavaScript examples in the repository's Markdown (README.md, every package's README,
// docs/guides/*.md), type-checked against the workspace sources as a reader's project would check them:
// one virtual module per code block, `@samspill/*` mapped to the packages' src, the repository's strict
// compiler settings. A block that is deliberately partial carries `<!-- not-compiled: reason -->` on the
// line before its fence (blank lines allowed between).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { root, workspaceSource } from './workspace-sources.mjs';

const COMPILED = new Set(['ts', 'tsx', 'js']);

// What an example may use without declaring it: the inputs any app already has. Everything else an
// example declares or imports itself.
const INPUTS = `import type { Bundle, Resource } from 'fhir/r4.js';
import type { FhirSource } from '@samspill/core';
declare global {
  /** Where the data comes from: createSmartSource(session), createStaticSource(resources), or your own. */
  const source: FhirSource;
  /** The patient's logical id. */
  const patientId: string;
  /** Resources the app already has, and a Bundle of them. */
  const resources: Resource[];
  const bundle: Bundle;
  /** Cancels a load. */
  const signal: AbortSignal;
}
export {};
`;
const NOT_COMPILED = /^<!--\s*not-compiled:\s*(.*?)\s*-->$/;

/** README.md, packages/<name>/README.md and docs/guides/*.md, as repository paths. */
export function markdownFiles() {
  const packages = readdirSync(join(root, 'packages'))
    .map((name) => `packages/${name}/README.md`)
    .filter((path) => existsSync(join(root, path)));
  const guidesDir = join(root, 'docs', 'guides');
  const guides = existsSync(guidesDir)
    ? readdirSync(guidesDir)
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/guides/${name}`)
    : [];
  return ['README.md', ...packages.sort(), ...guides.sort()];
}

/**
 * The fenced ```ts, ```tsx and ```js blocks of one Markdown text.
 * @param {string} markdown
 * @returns {{ lang: string, line: number, code: string, notCompiled?: string }[]} `line` is the first code line (1-based)
 */
export function codeBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\w*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    let end = i + 1;
    while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++;
    if (COMPILED.has(lang)) {
      let before = i - 1;
      while (before >= 0 && lines[before].trim() === '') before--;
      const marker = before >= 0 ? NOT_COMPILED.exec(lines[before].trim()) : null;
      const code = lines
        .slice(i + 1, end)
        .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
        .join('\n');
      blocks.push({ lang, line: i + 2, code, ...(marker ? { notCompiled: marker[1] } : {}) });
    }
    i = end;
  }
  return blocks;
}

function compilerOptions() {
  const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
  return {
    ...options,
    // What a reader's project would set: strict, no emit. Unused names are fine in a snippet.
    composite: false,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
    noEmit: true,
    noUnusedLocals: false,
    noUnusedParameters: false,
    allowJs: true,
    checkJs: true,
    jsx: ts.JsxEmit.ReactJSX,
    types: ['node', 'mocha'],
  };
}

/**
 * Type-checks every example.
 * @returns {{ compiled: { file: string, line: number }[], notCompiled: { file: string, line: number, reason: string }[], errors: string[] }}
 */
export function checkMarkdownExamples(files = markdownFiles()) {
  const virtual = new Map();
  const compiled = [];
  const notCompiled = [];
  for (const file of files) {
    codeBlocks(readFileSync(join(root, file), 'utf8')).forEach((block, index) => {
      if (block.notCompiled !== undefined) {
        notCompiled.push({ file, line: block.line, reason: block.notCompiled });
        return;
      }
      // Each block is its own module (so top-level await works and names never clash between blocks).
      const path = join(root, dirname(file), `${file.split('/').pop()}.example-${String(index + 1)}.${block.lang}`);
      virtual.set(path, { file, line: block.line, text: `${block.code}\nexport {};\n` });
      compiled.push({ file, line: block.line });
    });
  }

  virtual.set(join(root, 'docs', 'example-inputs.d.ts'), { file: 'example inputs', line: 1, text: INPUTS });

  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists.call(host, name);
  host.readFile = (name) => virtual.get(name)?.text ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) => {
    const example = virtual.get(name);
    return example
      ? ts.createSourceFile(name, example.text, language, true)
      : getSourceFile.call(host, name, language, ...rest);
  };
  // Third-party modules a package depends on (react, fhirclient) resolve from that package's folder,
  // as they would from a reader's node_modules.
  const fallbacks = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name, 'index.ts'));
  host.resolveModuleNames = (names, containingFile) =>
    names.map((name) => {
      const source = workspaceSource(name);
      if (source) return { resolvedFileName: source, extension: ts.Extension.Ts, isExternalLibraryImport: false };
      for (const from of [containingFile, ...(virtual.has(containingFile) ? fallbacks : [])]) {
        const { resolvedModule } = ts.resolveModuleName(name, from, options, host);
        if (resolvedModule) return resolvedModule;
      }
      return undefined;
    });

  const program = ts.createProgram([...virtual.keys()], options, host);
  const errors = [];
  for (const [path, example] of virtual) {
    const sourceFile = program.getSourceFile(path);
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    for (const diagnostic of diagnostics) {
      const at =
        diagnostic.file && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
          : undefined;
      const line = example.line + (at?.line ?? 0);
      errors.push(`${example.file}:${String(line)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    }
  }
  return { compiled, notCompiled, errors };
}

export const repositoryRelative = (path) => relative(root, path);
