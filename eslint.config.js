// One lint setup for the whole workspace: typescript-eslint (type-aware), Lit template rules,
// web-component rules and Lit accessibility rules. Formatting is Prettier's job alone.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/',
      '**/node_modules/',
      'storybook-static/',
      'docs-site/',
      '**/custom-elements.json',
      'scripts/test/fixtures/',
      // Compiled by scripts/check-install.mjs in a project of installed tarballs, not in this workspace.
      'scripts/install/',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // For text, an empty string is as missing as undefined: `name || fallback` says so.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Published declarations keep these imports, and node16/nodenext resolution finds `fhir/r4.js` only.
      'no-restricted-imports': [
        'error',
        {
          paths: ['r2', 'r3', 'r4', 'r4b', 'r5'].map((v) => ({ name: `fhir/${v}`, message: `Import 'fhir/${v}.js'.` })),
        },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/test/**/*.ts', '**/*.stories.ts', '**/bench/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      // Tests reach into shadow roots they just rendered; a failed `!` is a failed test.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', '.storybook/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // create-samspill-app's templates are apps of their own: their dependencies are installed where
    // they are generated, not here, so they are linted without type information (and type-checked
    // by the release check, which scaffolds, installs and builds each one).
    files: ['packages/create-samspill-app/templates/**/*.{ts,tsx}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser },
  },
  prettier,
);
