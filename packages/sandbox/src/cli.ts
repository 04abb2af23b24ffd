#!/usr/bin/env node
// `samspill-sandbox`: the sandbox on a fixed port, with its clients listed and one launch ready to open.
// A usage mistake (a bad flag, config file or data folder) exits with 2 before anything listens.
import { launcherUrl, launchUrl, parseCliArguments, USAGE } from './cli-arguments.js';
import { describeClients } from './cli-clients.js';
import { DEFAULT_SUBSCRIPTION_KEY } from './clients.js';
import { readConfigFile } from './cli-config-file.js';
import { resolveStart } from './cli-start.js';
import { readDataDirectory } from './data-directory.js';
import { startSandbox } from './sandbox.js';

const USAGE_ERROR = 2;

function refuse(...problems: readonly string[]): never {
  for (const problem of problems) console.error(problem);
  console.error('\nRun samspill-sandbox --help for the flags and the config file format.');
  process.exit(USAGE_ERROR);
}

const parsed = parseCliArguments(process.argv.slice(2));
if (typeof parsed === 'string') refuse(parsed);
if (parsed.help) {
  console.log(USAGE);
  process.exit(0);
}

let loaded;
if (parsed.config !== undefined) {
  const config = await readConfigFile(parsed.config);
  if (!config.ok) refuse(...config.problems);
  loaded = { file: parsed.config, loaded: config.value };
}
const start = resolveStart(parsed, loaded);
if (typeof start === 'string') refuse(start);
const { settings, clients } = start;

let data;
if (settings.data !== undefined) {
  try {
    data = await readDataDirectory(settings.data);
  } catch (error) {
    refuse(`The data folder ${settings.data}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

let sandbox;
try {
  sandbox = await startSandbox({
    port: settings.port,
    host: settings.host,
    clients,
    // The app the launcher is filled in with may be launched, wherever it is.
    launchUrls: [settings.app],
    ...(data && { data }),
  });
} catch (error) {
  console.error(`Could not listen on ${settings.host}:${settings.port}: ${(error as Error).message}`);
  process.exit(1);
}
const patient = (await sandbox.source.search('Patient', { _count: 1 }, { pageLimit: 1 })).resources[0]?.id;

console.log(`Samspill sandbox: a local SMART EHR for development and tests, never production.`);
for (const personality of Object.values(sandbox.personalities))
  console.log(`  ${personality.name.padEnd(14)} FHIR ${sandbox.url}${personality.paths.fhir}`);
console.log(`  (dips wants the header Ocp-Apim-Subscription-Key: ${DEFAULT_SUBSCRIPTION_KEY})`);
console.log(`\nRegistered clients:\n  ${describeClients(clients).join('\n  ')}`);
if (patient !== undefined) {
  const launch = sandbox.createLaunch({ personality: 'smart-v2', patient });
  console.log(
    `\nOne ready EHR launch (smart-v2, Patient/${patient}):\n  ${launchUrl(settings.app, launch.iss, launch.launch)}`,
  );
}
console.log(`\nOpen the launcher: ${launcherUrl(sandbox.url, settings.app)}`);

const running = sandbox;
const stop = (): void => {
  void running.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
