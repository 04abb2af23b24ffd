#!/usr/bin/env node
// `samspill-sandbox`: the sandbox on a fixed port, with one launch ready to open.
import { launcherUrl, launchUrl, parseCliArguments, USAGE } from './cli-arguments.js';
import { readDataDirectory } from './data-directory.js';
import { startSandbox } from './sandbox.js';

const parsed = parseCliArguments(process.argv.slice(2));
if (typeof parsed === 'string') {
  console.error(`${parsed}\n\n${USAGE}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

const data =
  parsed.data === undefined ? (await import('./data.js')).defaultData() : await readDataDirectory(parsed.data);
const sandbox = await startSandbox({ port: parsed.port, host: parsed.host, data });
const patient = (await sandbox.source.search('Patient', { _count: 1 }, { pageLimit: 1 })).resources[0]?.id;

console.log(`Samspill sandbox: a local SMART EHR for development and tests, never production.`);
for (const personality of Object.values(sandbox.personalities))
  console.log(`  ${personality.name.padEnd(14)} FHIR ${sandbox.url}${personality.paths.fhir}`);
if (patient !== undefined) {
  const launch = sandbox.createLaunch({ personality: 'smart-v2', patient });
  console.log(
    `\nOne ready EHR launch (smart-v2, Patient/${patient}):\n  ${launchUrl(parsed.app, launch.iss, launch.launch)}`,
  );
}
console.log(`\nOpen the launcher: ${launcherUrl(sandbox.url, parsed.app)}`);

const stop = (): void => {
  void sandbox.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
