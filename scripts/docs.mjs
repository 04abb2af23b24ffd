#!/usr/bin/env node
// The documentation site: the guides (docs/guides/*.md), every package's README as a reference page, the
// examples' READMEs, the architecture and contributing pages, and the static Storybook, rendered with
// `marked` into plain HTML pages that share one navigation and one stylesheet. Tables that would drift
// (the design tokens, the SMART style mapping, the vendor profiles) are generated from the source.
//
//   node scripts/docs.mjs [--out docs-site] [--no-storybook]
//
// `pnpm build-docs` builds Storybook first and copies storybook-static/ to <out>/storybook/. A link in the
// Markdown must stay in the repository: to a page of the site, to an image (copied), or to another file
// (linked on GitHub); a link that leaves the repository or points at nothing stops the build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Marked, Renderer } from 'marked';
import { root } from './workspace-sources.mjs';

/** The guides in reading order; a guide not listed here follows them, by file name. */
const GUIDE_ORDER = ['quick-start', 'html', 'react', 'vue', 'angular', 'theming', 'testing', 'vendors', 'sandbox'];
/** Reference pages: the published packages first, then the private ones. */
const PACKAGE_ORDER = [
  'core',
  'smart',
  'medication-list',
  'allergies',
  'care-plan',
  'timeline',
  'react',
  'sandbox',
  'fixtures',
];
const IMAGE = /\.(png|jpe?g|gif|svg|webp)$/i;

const repositoryUrl = (() => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', 'core', 'package.json'), 'utf8'));
  return String(manifest.repository?.url ?? '')
    .replace(/^git\+/, '')
    .replace(/\.git$/, '');
})();

/**
 * Every page of the site: where its Markdown is, where its HTML goes, and its section in the navigation.
 * @returns {{ source: string, output: string, section: string }[]} repository-relative paths
 */
export function sitePages() {
  const list = (dir, pattern) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((name) => pattern.test(name)) : [];
  const rank = (order, name) => (order.includes(name) ? order.indexOf(name) : order.length);
  const guides = list('docs/guides', /\.md$/)
    .map((file) => file.slice(0, -3))
    .sort((a, b) => rank(GUIDE_ORDER, a) - rank(GUIDE_ORDER, b) || a.localeCompare(b));
  const packages = list('packages', /^[a-z0-9-]+$/)
    .filter((name) => existsSync(join(root, 'packages', name, 'README.md')))
    .sort((a, b) => rank(PACKAGE_ORDER, a) - rank(PACKAGE_ORDER, b) || a.localeCompare(b));
  const examples = list('examples', /^[a-z0-9-]+$/).filter((name) =>
    existsSync(join(root, 'examples', name, 'README.md')),
  );
  return [
    { source: 'README.md', output: 'index.html', section: 'Samspill' },
    ...guides.map((name) => ({ source: `docs/guides/${name}.md`, output: `guides/${name}.html`, section: 'Guides' })),
    ...packages.map((name) => ({
      source: `packages/${name}/README.md`,
      output: `reference/${name}.html`,
      section: 'Packages',
    })),
    ...examples.map((name) => ({
      source: `examples/${name}/README.md`,
      output: `examples/${name}.html`,
      section: 'Examples',
    })),
    { source: 'docs/ARCHITECTURE.md', output: 'architecture.html', section: 'Project' },
    { source: 'CONTRIBUTING.md', output: 'contributing.html', section: 'Project' },
  ];
}

// ---------------------------------------------------------------------------------------------------
// Tables generated from the source, put where a guide says `<!-- generated: name -->`.

const cell = (text) => text.replaceAll('|', '\\|');
const code = (text) => `\`${text}\``;

/** A CSS value for the table: `var(--x)` as a reference to that token, a hex colour with a swatch. */
function tokenValue(value) {
  if (value === undefined) return '';
  const reference = /^var\((--sam-[a-z0-9-]+)\)$/.exec(value);
  if (reference) return `same as ${code(reference[1])}`;
  const swatch = /^#[0-9a-f]{3,8}$/i.test(value)
    ? `<span class="swatch" style="background: ${value}" aria-hidden="true"></span> `
    : '';
  return `${swatch}${code(cell(value))}`;
}

/**
 * Every `--sam-*` token in packages/core/src/theme/tokens.ts with its light, dark and high-contrast value.
 * @returns {{ name: string, light: string, dark: string, highContrast: string | undefined }[]}
 */
export function designTokens() {
  const source = readFileSync(join(root, 'packages/core/src/theme/tokens.ts'), 'utf8');
  const css = /export const themeStyles = css`([\s\S]*?)`;/.exec(source)?.[1];
  if (!css) throw new Error('packages/core/src/theme/tokens.ts: no `themeStyles = css`…`` found');
  const blocks = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map(([, selector, body]) => ({
    selector: selector.replace(/\s+/g, ' ').trim(),
    declarations: [...body.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--sam-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map(
      ([, name, value]) => /** @type {[string, string]} */ ([name, value.trim()]),
    ),
  }));
  const base = blocks.find((block) => block.selector.startsWith(':root'));
  const highContrast = new Map(blocks.find((block) => block.selector.includes('high-contrast'))?.declarations ?? []);
  if (!base) throw new Error('packages/core/src/theme/tokens.ts: no `:root` block');
  return base.declarations.map(([name, value]) => {
    const both = /^light-dark\((.*),\s*(.*)\)$/.exec(value);
    return {
      name,
      light: both ? both[1].trim() : value,
      dark: both ? both[2].trim() : value,
      highContrast: highContrast.get(name),
    };
  });
}

function designTokenTable() {
  const rows = designTokens().map(
    ({ name, light, dark, highContrast }) =>
      `| ${code(name)} | ${tokenValue(light)} | ${tokenValue(dark)} | ${highContrast ? tokenValue(highContrast) : 'as light'} |`,
  );
  return ['| token | light | dark | high-contrast |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/** The `smart_style_url` fields `smartStyleToTokens` reads, from packages/core/src/theme/smart-style.ts. */
function smartStyleTable() {
  const source = readFileSync(join(root, 'packages/core/src/theme/smart-style.ts'), 'utf8');
  const rows = [...source.matchAll(/\['([a-z_]+)',\s*[A-Z_]+,\s*\[([^\]]*)\]\]/g)].map(([, field, tokens]) => {
    const names = [...tokens.matchAll(/'(--sam-[a-z0-9-]+)'/g)].map(([, name]) => code(name));
    return `| ${code(field)} | ${names.join(', ')} |`;
  });
  if (rows.length === 0) throw new Error('packages/core/src/theme/smart-style.ts: no MAPPING rows found');
  return ['| SMART style field | sets |', '| --- | --- |', ...rows].join('\n');
}

/** The built-in vendor profiles, from packages/smart/src/vendor-profiles.ts. */
function vendorProfileTable() {
  const source = readFileSync(join(root, 'packages/smart/src/vendor-profiles.ts'), 'utf8');
  const profiles = [
    // The doc comment right before each constant: it may not contain another comment's end.
    ...source.matchAll(
      /\/\*\*\s*((?:(?!\*\/)[\s\S])*?)\s*\*\/\s*export const ([A-Z0-9_]+): VendorProfile = \{([\s\S]*?)\};/g,
    ),
  ].map(([, doc, constant, body]) => ({
    constant,
    doc: doc.replace(/\s*\n\s*\*\s?/g, ' ').trim(),
    fields: Object.fromEntries([...body.matchAll(/(\w+):\s*'?([^',\n]+)'?,/g)].map(([, key, value]) => [key, value])),
  }));
  if (profiles.length === 0) throw new Error('packages/smart/src/vendor-profiles.ts: no VendorProfile constants found');
  const fields = ['pkce', 'checksPkce', 'scopeDialect', 'refreshScope', 'rotatesRefreshToken', 'storage'];
  // Optional fields, as a profile that leaves them out gets them.
  const defaults = { checksPkce: 'true' };
  const header = `| profile | ${fields.map(code).join(' | ')} | notes |`;
  const rows = profiles.map(
    (profile) =>
      `| ${code(profile.fields.name ?? '')} (${code(profile.constant)}) | ${fields
        .map((field) => code(profile.fields[field] ?? defaults[field] ?? ''))
        .join(' | ')} | ${cell(profile.doc)} |`,
  );
  return [
    header,
    `| ${Array(fields.length + 2)
      .fill('---')
      .join(' | ')} |`,
    ...rows,
  ].join('\n');
}

/** Each element's own custom properties, from the `@cssprop` lines of its class JSDoc. */
function componentPropertyTable() {
  const rows = [];
  for (const name of readdirSync(join(root, 'packages')).sort()) {
    const src = join(root, 'packages', name, 'src');
    if (!existsSync(src)) continue;
    for (const file of readdirSync(src, { recursive: true }).map(String).sort()) {
      if (!file.endsWith('.ts') || file.endsWith('.stories.ts')) continue;
      const text = readFileSync(join(src, file), 'utf8');
      const tag = `sam-${posix.basename(file.split(sep).join('/'), '.ts')}`;
      for (const [, property, description] of text.matchAll(/@cssprop\s+(--[a-z0-9-]+)\s+-\s+(.+)/g)) {
        rows.push(`| ${code(`<${tag}>`)} | ${code(property)} | ${cell(description.trim())} |`);
      }
    }
  }
  if (rows.length === 0) throw new Error('no @cssprop found in packages/*/src');
  return ['| element | custom property | what it sets |', '| --- | --- | --- |', ...rows].join('\n');
}

const GENERATED = {
  'component-properties': componentPropertyTable,
  'design-tokens': designTokenTable,
  'smart-style': smartStyleTable,
  'vendor-profiles': vendorProfileTable,
};

function expandGenerated(markdown, source) {
  return markdown.replace(/^<!-- generated: ([a-z-]+) -->$/gm, (_, name) => {
    const generate = GENERATED[name];
    if (!generate) throw new Error(`${source}: unknown generated table "${name}"`);
    return generate();
  });
}

// ---------------------------------------------------------------------------------------------------
// Rendering

const escape = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes; repeats get -1, -2. */
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/<[^>]+>/g, '')
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${String(count)}`;
  };
}

const plainText = (markdown) => markdown.replace(/`([^`]*)`/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

/**
 * Rewrites a link of `source` (repository-relative) for the page at `output`: to a page of the site, to
 * a copied image, or to the file on GitHub. Throws for a link that leaves the repository or is dead.
 */
function linkResolver(pagesBySource, images, problems, source, output) {
  const fromDir = posix.dirname(output);
  const fail = (problem, href) => {
    problems.push(`${source}: the link ${href} ${problem}`);
    return href;
  };
  return (href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//') || href.startsWith('#')) return href;
    const [path = '', fragment] = href.split('#');
    if (path.startsWith('/')) return fail('is an absolute path; link within the repository', href);
    const target = posix.normalize(posix.join(posix.dirname(source), decodeURIComponent(path)));
    if (target.startsWith('..')) return fail('leaves the repository', href);
    const absolute = join(root, ...target.split('/'));
    if (!existsSync(absolute)) return fail(`points at nothing (${target})`, href);
    const isDirectory = statSync(absolute).isDirectory();
    const page = pagesBySource.get(isDirectory ? posix.join(target, 'README.md') : target);
    const hash = fragment === undefined ? '' : `#${fragment}`;
    if (page) return `${posix.relative(fromDir, page.output) || posix.basename(page.output)}${hash}`;
    if (IMAGE.test(target)) {
      images.add(target);
      return posix.relative(fromDir, `files/${target}`);
    }
    return `${repositoryUrl}/${isDirectory ? 'tree' : 'blob'}/main/${target}${hash}`;
  };
}

function renderMarkdown(markdown, resolveLink) {
  const slug = slugger();
  let lastHeading = '';
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') token.href = resolveLink(token.href);
    },
    renderer: {
      heading({ tokens, depth, text }) {
        lastHeading = plainText(text);
        return `<h${String(depth)} id="${escape(slug(lastHeading))}">${this.parser.parseInline(tokens)}</h${String(depth)}>\n`;
      },
      table(token) {
        // A wide table scrolls on its own; the region makes it reachable and named for keyboard users.
        const table = Renderer.prototype.table.call(this, token);
        const label = escape(lastHeading ? `Table: ${lastHeading}` : 'Table');
        return `<div class="scroll" role="region" tabindex="0" aria-label="${label}">${table}</div>\n`;
      },
      code({ text, lang }) {
        const language = lang ? ` class="language-${escape(lang)}"` : '';
        const label = escape(lang ? `Code: ${lang}` : 'Code');
        return `<pre tabindex="0" aria-label="${label}"><code${language}>${escape(text)}</code></pre>\n`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

const STYLE = `:root {
  color-scheme: light dark;
  --text: #1b1f24;
  --quiet: #505a66;
  --surface: #ffffff;
  --sunken: #f3f5f7;
  --border: #c7ccd1;
  --link: #0b4f8a;
  --focus: #1f5fbf;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  line-height: 1.6;
  color: var(--text);
  background: var(--surface);
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e8eaed;
    --quiet: #aab2bd;
    --surface: #16191d;
    --sunken: #21262c;
    --border: #3b434d;
    --link: #9cc8f5;
    --focus: #8ab4f8;
  }
}
* { box-sizing: border-box; }
body { margin: 0; }
a { color: var(--link); text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: var(--surface); z-index: 1; }
.skip-link:focus { top: 0.5rem; }
.site-header { border-bottom: 1px solid var(--border); padding: 0.75rem 1.5rem; }
.site-header a { font-weight: 700; font-size: 1.25rem; text-decoration: none; color: var(--text); }
.layout { display: grid; grid-template-columns: minmax(12rem, 16rem) minmax(0, 1fr); gap: 2rem; max-width: 78rem; margin: 0 auto; padding: 0 1.5rem; }
nav { padding: 1.5rem 0; font-size: 0.9375rem; }
nav h2 { font-size: 0.8125rem; text-transform: uppercase; letter-spacing: 0.05em; color: var(--quiet); margin: 1.25rem 0 0.25rem; border: 0; padding: 0; }
nav ul { list-style: none; margin: 0; padding: 0; }
nav li { margin: 0.125rem 0; }
nav a { display: block; padding: 0.25rem 0.5rem; border-radius: 0.375rem; text-decoration: none; }
nav a:hover { text-decoration: underline; }
nav a[aria-current='page'] { background: var(--sunken); color: var(--text); font-weight: 600; }
main { padding: 1.5rem 0 3rem; max-width: 52rem; min-width: 0; }
main:focus { outline: none; }
h1, h2, h3, h4 { line-height: 1.25; margin: 2rem 0 0.75rem; }
h1 { margin-top: 0.5rem; font-size: 2rem; }
h2 { font-size: 1.5rem; border-bottom: 1px solid var(--border); padding-bottom: 0.25rem; }
h3 { font-size: 1.1875rem; }
p, ul, ol { margin: 0 0 1rem; }
code { font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace; font-size: 0.875em; background: var(--sunken); padding: 0.1em 0.3em; border-radius: 0.25rem; }
pre { background: var(--sunken); border: 1px solid var(--border); border-radius: 0.375rem; padding: 0.75rem 1rem; overflow-x: auto; line-height: 1.45; }
pre code { background: none; padding: 0; font-size: 0.875rem; }
.scroll { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; font-size: 0.9375rem; }
th, td { border: 1px solid var(--border); padding: 0.375rem 0.625rem; text-align: left; vertical-align: top; }
th { background: var(--sunken); }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid var(--border); vertical-align: -0.1em; border-radius: 0.2em; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); color: var(--quiet); font-size: 0.875rem; }
@media (max-width: 48rem) {
  .layout { grid-template-columns: 1fr; gap: 0; }
  nav { border-bottom: 1px solid var(--border); }
}
@media print {
  nav, .skip-link, .site-header { display: none; }
  .layout { display: block; }
}
`;

function navigation(pages, current, storybook) {
  const fromDir = posix.dirname(current.output);
  const link = (href, text, isCurrent) =>
    `<li><a href="${escape(href)}"${isCurrent ? ' aria-current="page"' : ''}>${escape(text)}</a></li>`;
  /** @type {{ name: string, items: string[] }[]} */
  const sections = [];
  for (const page of pages) {
    let section = sections.find((entry) => entry.name === page.section);
    if (!section) sections.push((section = { name: page.section, items: [] }));
    section.items.push(link(posix.relative(fromDir, page.output), page.navTitle, page === current));
  }
  if (storybook) {
    sections
      .find((section) => section.name === 'Packages')
      ?.items.push(link(posix.relative(fromDir, 'storybook/index.html'), 'Storybook (every component, every state)'));
  }
  return sections.map(({ name, items }) => `<h2>${escape(name)}</h2>\n<ul>\n${items.join('\n')}\n</ul>`).join('\n');
}

function pageHtml({ page, pages, body, storybook }) {
  const up = posix.relative(posix.dirname(page.output), '.') || '.';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)}${page.output === 'index.html' ? '' : ' · Samspill'}</title>
<link rel="stylesheet" href="${up}/style.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header"><a href="${up}/index.html">Samspill</a></header>
<div class="layout">
<nav aria-label="Documentation">
${navigation(pages, page, storybook)}
</nav>
<main id="main" tabindex="-1">
${body}
<footer>Generated by <code>pnpm build-docs</code> from <a href="${escape(`${repositoryUrl}/blob/main/${page.source}`)}">${escape(page.source)}</a>.</footer>
</main>
</div>
</body>
</html>
`;
}

/**
 * Builds the site into `out`.
 * @param {{ out?: string, storybook?: string | false }} [options] `storybook`: a static Storybook build to copy in
 * @returns {{ pages: string[], images: string[] }} the pages written, as paths under `out`
 */
export function buildDocs({ out = join(root, 'docs-site'), storybook = join(root, 'storybook-static') } = {}) {
  if (storybook && !existsSync(join(storybook, 'index.html'))) {
    throw new Error(`no Storybook build at ${storybook}: run \`pnpm build-storybook\` first, or pass --no-storybook`);
  }
  const pages = sitePages().map((page) => {
    const markdown = expandGenerated(readFileSync(join(root, page.source), 'utf8'), page.source);
    const title = plainText(/^# (.+)$/m.exec(markdown)?.[1] ?? page.source);
    return { ...page, markdown, title, navTitle: page.output === 'index.html' ? 'Overview' : title };
  });
  const pagesBySource = new Map(pages.map((page) => [page.source, page]));
  /** @type {Set<string>} */
  const images = new Set();
  /** @type {string[]} */
  const problems = [];
  const bodies = pages.map((page) =>
    renderMarkdown(page.markdown, linkResolver(pagesBySource, images, problems, page.source, page.output)),
  );
  if (problems.length > 0) throw new Error(`links that do not stay in the repository:\n  ${problems.join('\n  ')}`);
  rmSync(out, { recursive: true, force: true });
  pages.forEach((page, index) => {
    const file = join(out, ...page.output.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, pageHtml({ page, pages, body: bodies[index], storybook: Boolean(storybook) }));
  });
  writeFileSync(join(out, 'style.css'), STYLE);
  for (const image of images) {
    const file = join(out, 'files', ...image.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    cpSync(join(root, ...image.split('/')), file);
  }
  if (storybook) cpSync(storybook, join(out, 'storybook'), { recursive: true });
  return { pages: pages.map((page) => page.output), images: [...images] };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'docs-site' }, 'no-storybook': { type: 'boolean', default: false } },
  });
  const out = resolve(values.out);
  const { pages, images } = buildDocs({
    out,
    storybook: values['no-storybook'] ? false : join(root, 'storybook-static'),
  });
  const shown = relative(process.cwd(), out).split(sep).join('/') || '.';
  console.log(
    `docs: ${String(pages.length)} pages, ${String(images.length)} images${values['no-storybook'] ? '' : ', Storybook'} → ${shown}/index.html`,
  );
}
