import { describe, expect, it } from 'vitest';
import {
  directoryProblem,
  packageManagerOf,
  packageNameOf,
  packageNameProblems,
  parseCliArguments,
  USAGE,
} from '../src/arguments.js';

describe('parseCliArguments', () => {
  it('takes the directory, template and --force', () => {
    expect(parseCliArguments(['my-app', '--template', 'react', '--force'])).toEqual({
      directory: 'my-app',
      template: 'react',
      force: true,
      help: false,
      version: false,
    });
    expect(parseCliArguments(['-t', 'lit', 'apps/my-app'])).toMatchObject({
      directory: 'apps/my-app',
      template: 'lit',
    });
  });

  it('leaves out what was not given, for the questions to ask', () => {
    expect(parseCliArguments([])).toEqual({ force: false, help: false, version: false });
  });

  it('takes the tarball folder from --samspill-from, else from SAMSPILL_FROM', () => {
    expect(parseCliArguments(['a', '--samspill-from', '/tmp/packs'], { SAMSPILL_FROM: '/x' })).toMatchObject({
      samspillFrom: '/tmp/packs',
    });
    expect(parseCliArguments(['a'], { SAMSPILL_FROM: '/x' })).toMatchObject({ samspillFrom: '/x' });
    expect(parseCliArguments(['a'], { SAMSPILL_FROM: '' })).not.toHaveProperty('samspillFrom');
  });

  it('says what is wrong with a bad command line', () => {
    expect(parseCliArguments(['a', '--template', 'vue'])).toBe(
      "Unknown template 'vue'. Choose one of: vanilla, lit, react.",
    );
    expect(parseCliArguments(['a', 'b'])).toMatch(/^Give one directory, not 2/);
    expect(parseCliArguments(['a', '--frobnicate'])).toMatch(/frobnicate/);
    expect(parseCliArguments(['My-App'])).toMatch(/capital letters/);
  });

  it('knows --help and --version', () => {
    expect(parseCliArguments(['--help'])).toMatchObject({ help: true });
    expect(parseCliArguments(['-v'])).toMatchObject({ version: true });
  });
});

describe('USAGE', () => {
  it('names every option, and says --samspill-from is for testing', () => {
    for (const option of ['--template', '--force', '--help', '--version', '--samspill-from', 'SAMSPILL_FROM'])
      expect(USAGE).toContain(option);
    expect(USAGE).toMatch(/testing a release/);
  });
});

describe('package names', () => {
  it('takes the name from the last segment of the directory', () => {
    expect(packageNameOf('my-app')).toBe('my-app');
    expect(packageNameOf('./apps/my-app/')).toBe('my-app');
    expect(packageNameOf('C:\\work\\my-app')).toBe('my-app');
    expect(packageNameOf('.')).toBe('');
  });

  it.each(['my-app', 'app2', 'sam.app', 'a-b_c'])('accepts %s', (name) => {
    expect(packageNameProblems(name)).toEqual([]);
  });

  it.each([
    ['', 'it is empty'],
    ['MyApp', 'it has capital letters'],
    ['.app', 'it starts with . or _'],
    ['_app', 'it starts with . or _'],
    ['my app', 'it has characters that are not URL-safe (use letters, digits, - and .)'],
    ['app!', "it has one of ~'!()*"],
    ['fs', 'it is the name of a Node.js built-in module'],
    ['node_modules', 'the name is reserved'],
    ['a'.repeat(215), 'it is longer than 214 characters'],
  ])('refuses %j: %s', (name, problem) => {
    expect(packageNameProblems(name)).toContain(problem);
  });

  it('says which name cannot be used, and why', () => {
    expect(directoryProblem('apps/My App')).toBe(
      "'My App' cannot be an npm package name: it has capital letters; it has characters that are not URL-safe (use letters, digits, - and .).",
    );
    expect(directoryProblem('.')).toBe("'.' names no folder to create the app in.");
    expect(directoryProblem('apps/ok-name')).toBeUndefined();
  });
});

describe('packageManagerOf', () => {
  it('reads npm_config_user_agent', () => {
    expect(packageManagerOf('pnpm/10.34.9 npm/? node/v20.20.2 linux x64')).toBe('pnpm');
    expect(packageManagerOf('yarn/4.5.0 npm/? node/v20.20.2')).toBe('yarn');
    expect(packageManagerOf('npm/11.19.1 node/v20.20.2')).toBe('npm');
    expect(packageManagerOf(undefined)).toBe('npm');
  });
});
