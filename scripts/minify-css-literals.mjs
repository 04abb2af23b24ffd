// Lit styles are CSS in `css` template literals, which no JavaScript minifier touches: the package
// build and the size measure minify each one with esbuild's CSS minifier (comments, whitespace,
// shorter values). Only literals without `${}` or backslashes are rewritten, and no syntax is
// lowered: the CSS means exactly what it did.
import { transform } from 'esbuild';
import MagicString from 'magic-string';

const CSS_LITERAL = /\bcss`([^`$\\]*)`/g;

/** `source` with every static `css` literal minified, and a source map of the change; `undefined` when there is none. */
export async function minifyCssLiterals(source, file) {
  const literals = [...source.matchAll(CSS_LITERAL)];
  if (literals.length === 0) return undefined;
  const result = new MagicString(source);
  await Promise.all(
    literals.map(async ({ 0: whole, 1: text, index }) => {
      const { code } = await transform(text, { loader: 'css', minify: true });
      result.overwrite(index, index + whole.length, `css\`${code.trim()}\``);
    }),
  );
  return {
    code: result.toString(),
    map: result.generateMap({ hires: 'boundary', source: file, includeContent: true }),
  };
}

/** For the package build: rollup runs it on each TypeScript source before TypeScript is stripped. */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      return /\.ts$/.test(id) && !id.includes('node_modules') ? minifyCssLiterals(code, id) : undefined;
    },
  };
}
