#!/usr/bin/env node
// `create-samspill-app <directory>`, which `npm create samspill-app` runs.
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  env: process.env,
  cwd: process.cwd(),
  ...(process.stdin.isTTY && { terminal: { input: process.stdin, output: process.stdout } }),
  log: (text) => {
    console.log(text);
  },
  error: (text) => {
    console.error(text);
  },
});
