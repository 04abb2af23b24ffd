#!/usr/bin/env node
// `samspill-sandbox` run from source, with the same arguments and the same code path as the built CLI:
// what the CLI tests spawn, since Node 20 cannot run the TypeScript itself.
import { sourceModules } from './source-modules.mjs';

const modules = await sourceModules();
// The CLI reads process.argv and runs as it loads; the module loader stays open while it runs.
await modules.load('/packages/sandbox/src/cli.ts');
