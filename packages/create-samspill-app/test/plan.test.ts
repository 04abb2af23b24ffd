import { describe, expect, it } from 'vitest';
import {
  appManifest,
  fillPlaceholders,
  registrySpecifier,
  renamed,
  samspillTarballs,
  type PlanOptions,
} from '../src/plan.js';

const options: PlanOptions = {
  name: 'my-app',
  template: 'vanilla',
  templatesDir: '/nowhere',
  samspill: registrySpecifier('1.2.3'),
};

describe('renamed', () => {
  it('gives back the dotfiles npm would not ship', () => {
    expect(renamed('_gitignore')).toBe('.gitignore');
    expect(renamed('sub/_npmrc')).toBe('sub/.npmrc');
    expect(renamed('src/_private.ts')).toBe('src/_private.ts');
  });
});

describe('fillPlaceholders', () => {
  it('fills in every placeholder', () => {
    expect(fillPlaceholders('<title>{{name}}</title> {{ template }}', { name: 'a', template: 'lit' })).toBe(
      '<title>a</title> lit',
    );
  });

  it('refuses a placeholder it has no value for, rather than leaving it', () => {
    expect(() => fillPlaceholders('{{nme}}', { name: 'a' })).toThrow('{{nme}}');
  });

  it('leaves JSX and template literals alone', () => {
    const text = 'style={{ color: "red" }} ${x}';
    expect(fillPlaceholders(text, {})).toBe(text);
  });
});

describe('appManifest', () => {
  it('merges the template’s scripts and dependencies into the shared ones, and names the app', () => {
    const manifest = appManifest(
      [
        { name: '{{name}}', private: true, scripts: { dev: 'a', test: 'b' }, dependencies: { lit: '^3.3.3' } },
        { scripts: { test: 'c' }, dependencies: { react: '^19.3.1' }, devDependencies: { vite: '^8.3.8' } },
      ],
      options,
    );
    expect(manifest).toEqual({
      name: 'my-app',
      private: true,
      scripts: { dev: 'a', test: 'c' },
      dependencies: { lit: '^3.3.3', react: '^19.3.1' },
      devDependencies: { vite: '^8.3.8' },
    });
  });

  it('puts every Samspill package at the specifier asked for, dependencies sorted', () => {
    const manifest = appManifest(
      [{ dependencies: { '@samspill/smart': '*', lit: '^3.3.3', '@samspill/core': '*' } }],
      options,
    );
    expect(Object.entries(manifest.dependencies ?? {})).toEqual([
      ['@samspill/core', '^1.2.3'],
      ['@samspill/smart', '^1.2.3'],
      ['lit', '^3.3.3'],
    ]);
  });

  it('pins packed tarballs for the whole tree through overrides', () => {
    const overrides: Record<string, string> = { '@samspill/core': 'file:/p/samspill-core-1.2.3.tgz' };
    const manifest = appManifest([{ dependencies: { '@samspill/core': '*' } }], {
      ...options,
      samspill: (name) => overrides[name] ?? '',
      overrides,
    });
    expect(manifest.dependencies).toEqual(overrides);
    expect(manifest.overrides).toEqual(overrides);
  });
});

describe('samspillTarballs', () => {
  it('finds each Samspill tarball as npm pack and pnpm pack name them', () => {
    const found = samspillTarballs([
      'samspill-core-0.3.0.tgz',
      'samspill-medication-list-0.3.0.tgz',
      'samspill-react-0.3.0-next.1.tgz',
      'create-samspill-app-0.3.0.tgz',
      'notes.txt',
    ]);
    expect(Object.fromEntries(found)).toEqual({
      '@samspill/core': 'samspill-core-0.3.0.tgz',
      '@samspill/medication-list': 'samspill-medication-list-0.3.0.tgz',
      '@samspill/react': 'samspill-react-0.3.0-next.1.tgz',
    });
  });

  it('refuses two versions of one package', () => {
    expect(() => samspillTarballs(['samspill-core-0.3.0.tgz', 'samspill-core-0.2.0.tgz'])).toThrow(
      'Two tarballs of @samspill/core',
    );
  });
});
