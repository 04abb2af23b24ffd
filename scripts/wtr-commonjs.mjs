// React ships only CommonJS, which a browser cannot import. This Web Test Runner plugin serves the
// named CommonJS modules as ES modules: one esbuild bundle holds all of them, so react-dom and the
// code under test share one React, and each specifier is a small module with its named exports.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__commonjs__/';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * @param {{ specifiers: readonly string[]; resolveDir: string }} options the modules to serve, and
 *   the folder they are resolved from (a package that depends on them)
 */
export function commonjsPlugin({ specifiers, resolveDir }) {
  /** @type {Promise<string> | undefined} */
  let bundle;
  const bundleModules = async () => {
    const result = await build({
      stdin: {
        contents: specifiers
          .map((specifier, index) => `export { default as m${index} } from '${specifier}';`)
          .join('\n'),
        resolveDir,
      },
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text ?? '';
  };
  /** The module for one specifier: its CommonJS exports as the default and as named exports. */
  const shim = (index) => {
    const specifier = specifiers[index];
    // Read in a child process: React patches `console` as it loads, and this one is the runner's.
    const keys = execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require('${specifier}')))`], {
      cwd: resolveDir,
      encoding: 'utf8',
    });
    const names = JSON.parse(keys).filter((name) => IDENTIFIER.test(name) && name !== 'default');
    return [
      `import { m${index} as module } from '${PREFIX}bundle.js';`,
      'export default module;',
      `export const { ${names.join(', ')} } = module;`,
    ].join('\n');
  };
  return {
    name: 'samspill-commonjs',
    resolveImport({ source }) {
      const index = specifiers.indexOf(source);
      return index === -1 ? undefined : `${PREFIX}${index}.js`;
    },
    async serve({ path }) {
      if (!path.startsWith(PREFIX)) return undefined;
      const name = path.slice(PREFIX.length, -'.js'.length);
      if (name === 'bundle') return { body: await (bundle ??= bundleModules()), type: 'js' };
      return specifiers[Number(name)] === undefined ? undefined : { body: shim(Number(name)), type: 'js' };
    },
  };
}
