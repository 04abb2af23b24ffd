// The command, apart from the process it runs in (arguments, environment, terminal and output are
// given), so it can be tested. Exit codes: 0 done, 1 an unexpected failure, 2 a usage problem (bad
// arguments, a folder that is not empty, no directory and nobody to ask).
import { relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import {
  DEFAULT_TEMPLATE,
  directoryProblem,
  isTemplateName,
  packageManagerOf,
  parseCliArguments,
  TEMPLATE_DESCRIPTIONS,
  TEMPLATES,
  USAGE,
  type CliArguments,
  type TemplateName,
} from './arguments.js';
import { createApp, ownVersion, UsageError } from './create-app.js';

export interface CommandIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The terminal to ask the directory and template on; undefined when stdin is not one (CI, a pipe). */
  readonly terminal?: { readonly input: NodeJS.ReadableStream; readonly output: NodeJS.WritableStream };
  readonly log: (text: string) => void;
  readonly error: (text: string) => void;
}

export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    return await command(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(error.message);
      return 2;
    }
    io.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}

async function command(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCliArguments(argv, io.env);
  if (typeof parsed === 'string') {
    io.error(`${parsed}\nRun create-samspill-app --help for the usage.`);
    return 2;
  }
  if (parsed.help) {
    io.log(USAGE);
    return 0;
  }
  if (parsed.version) {
    io.log(ownVersion());
    return 0;
  }
  const answers = await complete(parsed, io);
  if (answers === undefined) {
    io.error(`Give the folder to create the app in.\n\n${USAGE}`);
    return 2;
  }
  const { directory, files } = createApp({
    directory: resolve(io.cwd, answers.directory),
    template: answers.template,
    force: parsed.force,
    ...(parsed.samspillFrom !== undefined && { samspillFrom: parsed.samspillFrom }),
  });
  io.log(nextSteps(directory, answers.template, files.length, io));
  return 0;
}

function nextSteps(directory: string, template: TemplateName, count: number, io: CommandIo): string {
  const manager = packageManagerOf(io.env.npm_config_user_agent);
  const script = (name: string) => (manager === 'npm' && name !== 'test' ? `npm run ${name}` : `${manager} ${name}`);
  const folder = relative(io.cwd, directory) || '.';
  const steps: [string, string][] = [
    ...(folder === '.'
      ? []
      : [[`cd ${folder.includes(' ') ? JSON.stringify(folder) : folder}`, ''] as [string, string]]),
    [`${manager} install`, ''],
    [script('dev'), 'the app and the sandbox EHR; open the launcher URL it prints'],
    [script('test'), 'the tests (Vitest)'],
    [script('build'), 'the production build in dist/'],
  ];
  const width = Math.max(...steps.map(([command]) => command.length)) + 3;
  return [
    '',
    `Created a Samspill app (${template} template, ${String(count)} files) in ${directory}.`,
    '',
    'Next:',
    ...steps.map(([command, what]) => `  ${what ? command.padEnd(width) + what : command}`),
  ].join('\n');
}

/** The directory and template: from the command line, else asked when a person is at the terminal. */
async function complete(
  parsed: CliArguments,
  io: CommandIo,
): Promise<{ readonly directory: string; readonly template: TemplateName } | undefined> {
  if (parsed.directory !== undefined)
    return { directory: parsed.directory, template: parsed.template ?? DEFAULT_TEMPLATE };
  if (!io.terminal) return undefined;
  const prompt = createInterface({ input: io.terminal.input, output: io.terminal.output });
  try {
    let directory: string;
    for (;;) {
      directory = (await prompt.question('App folder (and package name): (samspill-app) ')).trim() || 'samspill-app';
      const problem = directoryProblem(directory);
      if (problem === undefined) break;
      io.error(problem);
    }
    let template = parsed.template;
    while (template === undefined) {
      const choices = TEMPLATES.map((name) => `${name} (${TEMPLATE_DESCRIPTIONS[name]})`).join(', ');
      const answer = (await prompt.question(`Template: ${choices}? (${DEFAULT_TEMPLATE}) `)).trim();
      if (answer === '') template = DEFAULT_TEMPLATE;
      else if (isTemplateName(answer)) template = answer;
      else io.error(`Choose one of: ${TEMPLATES.join(', ')}.`);
    }
    return { directory, template };
  } finally {
    prompt.close();
  }
}
