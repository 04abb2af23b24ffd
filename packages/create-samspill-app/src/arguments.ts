// The command line, parsed apart from writing anything so it can be tested.
import { builtinModules } from 'node:module';
import { parseArgs } from 'node:util';

export const TEMPLATES = ['vanilla', 'lit', 'react'] as const;

export type TemplateName = (typeof TEMPLATES)[number];

export const DEFAULT_TEMPLATE: TemplateName = 'vanilla';

/** What each template renders the page with, for the usage text and the question. */
export const TEMPLATE_DESCRIPTIONS: Readonly<Record<TemplateName, string>> = {
  vanilla: 'plain TypeScript and the DOM',
  lit: 'a Lit element for the app',
  react: 'React 19 with @samspill/react',
};

export interface CliArguments {
  /** The folder to create; its last segment is the app's package name. Asked for when left out. */
  readonly directory?: string;
  /** Asked for (or the default) when left out. */
  readonly template?: TemplateName;
  /** Write into a folder that is not empty. */
  readonly force: boolean;
  /** A folder of packed Samspill tarballs to depend on instead of the registry (for testing releases). */
  readonly samspillFrom?: string;
  readonly help: boolean;
  readonly version: boolean;
}

export const USAGE = `Usage: create-samspill-app <directory> [--template vanilla|lit|react] [--force]

Creates a SMART on FHIR app with Samspill components: Vite and TypeScript, a launch page and an
app page, the local sandbox EHR for development, and a test.

  <directory>          where to create the app; its last segment is the package name (asked for
                       when left out and the terminal is interactive)
  -t, --template NAME  ${TEMPLATES.map((name) => `${name} (${TEMPLATE_DESCRIPTIONS[name]})`).join(',\n                       ')};
                       default ${DEFAULT_TEMPLATE}
  -f, --force          write into a folder that is not empty (files of the same name are replaced)
  -h, --help           show this text
  -v, --version        show the version

For testing a release before it is published:
  --samspill-from DIR  depend on the packed Samspill tarballs in DIR (samspill-core-<version>.tgz, …)
                       through file: paths instead of the registry; also SAMSPILL_FROM=DIR

Examples:
  npm create samspill-app@latest my-app
  npx create-samspill-app my-app --template react`;

/**
 * The command line as options, or a message saying what is wrong with it. `env` is read for
 * SAMSPILL_FROM only.
 */
export function parseCliArguments(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CliArguments | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        template: { type: 'string', short: 't' },
        force: { type: 'boolean', short: 'f', default: false },
        'samspill-from': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) return `Give one directory, not ${String(positionals.length)}: ${positionals.join(' ')}`;
  const template = values.template;
  if (template !== undefined && !isTemplateName(template))
    return `Unknown template '${template}'. Choose one of: ${TEMPLATES.join(', ')}.`;
  const directory = positionals[0];
  if (directory !== undefined) {
    const problem = directoryProblem(directory);
    if (problem) return problem;
  }
  const samspillFrom = values['samspill-from'] ?? (env.SAMSPILL_FROM || undefined);
  return {
    force: values.force,
    help: values.help,
    version: values.version,
    ...(directory !== undefined && { directory }),
    ...(template !== undefined && { template }),
    ...(samspillFrom !== undefined && { samspillFrom }),
  };
}

export function isTemplateName(value: string): value is TemplateName {
  return (TEMPLATES as readonly string[]).includes(value);
}

/** The package name an app in `directory` gets: the folder's own name. */
export function packageNameOf(directory: string): string {
  const segments = directory.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  return segments.at(-1) ?? '';
}

/** Why `directory` cannot hold a new app, or undefined when it can. */
export function directoryProblem(directory: string): string | undefined {
  const name = packageNameOf(directory);
  if (name === '') return `'${directory}' names no folder to create the app in.`;
  const problems = packageNameProblems(name);
  if (problems.length === 0) return undefined;
  return `'${name}' cannot be an npm package name: ${problems.join('; ')}.`;
}

/**
 * What makes `name` unusable as the name of a new, unscoped npm package: npm's own rules
 * (lower case, at most 214 characters, URL-safe, not starting with . or _, not a Node built-in).
 */
export function packageNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length === 0) problems.push('it is empty');
  if (name.length > 214) problems.push('it is longer than 214 characters');
  if (name !== name.trim()) problems.push('it starts or ends with a space');
  if (/^[._]/.test(name)) problems.push('it starts with . or _');
  if (name !== name.toLowerCase()) problems.push('it has capital letters');
  if (/[~'!()*]/.test(name)) problems.push("it has one of ~'!()*");
  if (encodeURIComponent(name) !== name && !/[~'!()*]/.test(name))
    problems.push('it has characters that are not URL-safe (use letters, digits, - and .)');
  if (['node_modules', 'favicon.ico'].includes(name.toLowerCase())) problems.push('the name is reserved');
  if (builtinModules.includes(name)) problems.push('it is the name of a Node.js built-in module');
  return problems;
}

/** `pnpm`, `yarn` or `npm`: whichever ran this (`npm_config_user_agent`), for the next steps printed. */
export function packageManagerOf(userAgent: string | undefined): 'npm' | 'pnpm' | 'yarn' {
  const name = userAgent?.split('/')[0];
  return name === 'pnpm' || name === 'yarn' ? name : 'npm';
}
