// Shared by every package: run from the package folder (scripts/build-package.mjs).
import { posix } from 'node:path';

const toDist = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), documentedEventsOnly(), distPaths()],
};

/**
 * Elements register through core's `defineElement(tag, Class)` (safe against double registration),
 * which the analyzer does not know; record each call as the definition it is.
 */
function defineElementCalls() {
  return {
    name: 'samspill-define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !klass || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: importedFrom(ts, node.getSourceFile(), klass.text, moduleDoc.path) },
        },
      ];
    },
  };
}

function importedFrom(ts, sourceFile, name, modulePath) {
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings) && bindings.elements.some((e) => e.name.text === name)) {
      const specifier = statement.moduleSpecifier.text.replace(/\.js$/, '.ts');
      return posix.join(posix.dirname(modulePath), specifier);
    }
  }
  return modulePath;
}

/**
 * The analyzer also reads `this.dispatchEvent(new SamSelectEvent(detail))` as an event, named after the
 * argument (`detail`) or not at all. The class JSDoc's `@fires` already documents that event with its real
 * name, so an undescribed event of a type that a documented one has is dropped.
 */
function documentedEventsOnly() {
  return {
    name: 'samspill-documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const documented = new Set(
            declaration.events.filter((event) => event.name && event.description).map((event) => event.type?.text),
          );
          declaration.events = declaration.events.filter(
            (event) => (event.name && event.description) || !documented.has(event.type?.text),
          );
        }
      }
    },
  };
}

/** Module paths point at the dist/*.js files users import, not at src/*.ts, which is not published. */
function distPaths() {
  return {
    name: 'samspill-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        mod.path = toDist(mod.path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.superclass?.module) declaration.superclass.module = toDist(declaration.superclass.module);
        }
        for (const exp of mod.exports ?? []) {
          if (exp.declaration?.module) exp.declaration.module = toDist(exp.declaration.module);
        }
      }
    },
  };
}
