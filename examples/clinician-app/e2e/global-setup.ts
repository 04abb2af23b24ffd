// Once for the whole e2e suite: four sandboxes in this process (the second with access tokens that
// expire at once, so a session must refresh before its first request; the third with the app
// registered for fewer resource types than it asks for; the fourth the one whose national services
// the app shows), the clinician app built for them and served from its build, and one Chromium every
// test file connects to.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Patient } from 'fhir/r4.js';
import { chromium, type BrowserServer } from 'playwright-core';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { formatHumanName, formatIdentifier, identifierKind } from '@samspill/core/data.js';
import { DEV_CLIENT_ID, startSandbox, type Client, type Sandbox } from '@samspill/sandbox';
import { COMPONENT_RESOURCE_TYPES } from '@samspill/smart';
import { findChromium } from '../../../scripts/chromium.mjs';
import { serveDirectory } from '../../../scripts/static-server.mjs';
import { buildReactApp } from '../../react-app/e2e/build-react-app.js';
import { bundleSizes, formatSizes } from '../bundle-sizes.mjs';
import { WITHHELD_TYPES, type E2eContext, type ExpectedPatient } from './context.js';
import { expectedRecords } from './expected-records.js';

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const FRAMES_PAGE = `<!doctype html>
<html lang="nb"><meta charset="utf-8"><title>Two apps</title>
<body><script type="module">
  for (const [name, src] of new URLSearchParams(location.search)) {
    const frame = Object.assign(document.createElement('iframe'), { name, title: name, src });
    document.body.append(frame);
  }
</script></body></html>`;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const teardown = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const sandbox = await startSandbox();
    cleanups.push(() => sandbox.close());
    const expiring = await startSandbox({ accessTokenLifetime: 0 });
    cleanups.push(() => expiring.close());
    const restricted = await startSandbox({ clients: [registrationWithout(WITHHELD_TYPES)] });
    cleanups.push(() => restricted.close());
    const national = await startSandbox();
    cleanups.push(() => national.close());
    const origins = [sandbox.url, expiring.url, restricted.url, national.url].join(',');

    const outDir = await mkdtemp(join(tmpdir(), 'samspill-clinician-app-'));
    cleanups.push(() => rm(outDir, { recursive: true, force: true }));
    // The app's iss allowlist (src/config.ts) names every sandbox; it shows the national services of one.
    process.env.VITE_SANDBOX_ORIGIN = origins;
    process.env.VITE_NATIONAL_ORIGINS = national.url;
    await build({
      configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    console.log(`clinician app, JS per page:\n  ${formatSizes(bundleSizes(outDir)).join('\n  ')}`);
    // An EHR-like page beside the app, on its origin, that embeds one frame per query parameter.
    await writeFile(join(outDir, 'frames.html'), FRAMES_PAGE);
    const app = await serveDirectory(outDir);
    cleanups.push(() => {
      app.close();
      return Promise.resolve();
    });

    // The same screen in React (examples/react-app), on an origin of its own.
    const reactOut = await mkdtemp(join(tmpdir(), 'samspill-react-app-'));
    cleanups.push(() => rm(reactOut, { recursive: true, force: true }));
    await buildReactApp(reactOut, origins);
    const reactApp = await serveDirectory(reactOut);
    cleanups.push(() => {
      reactApp.close();
      return Promise.resolve();
    });

    const browser: BrowserServer = await chromium.launchServer({
      executablePath: findChromium(),
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    cleanups.push(() => browser.close());

    const context: E2eContext = {
      app: app.url,
      reactApp: reactApp.url,
      sandbox: sandbox.url,
      expiringSandbox: expiring.url,
      restrictedSandbox: restricted.url,
      nationalSandbox: national.url,
      wsEndpoint: browser.wsEndpoint(),
      patients: await expectedPatients(sandbox),
    };
    project.provide('clinicianApp', context);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

/**
 * The app's registration at the third sandbox, as an EHR administrator might have made it: every
 * scope the app asks for (in the SMART v1 and v2 spellings, patient and user context) except those
 * for `withheld`.
 */
function registrationWithout(withheld: readonly string[]): Client {
  const types = COMPONENT_RESOURCE_TYPES.filter((type) => !withheld.includes(type));
  return {
    id: DEV_CLIENT_ID,
    redirectUris: [],
    auth: { type: 'public' },
    allowedScopes: [
      ...['launch', 'launch/patient', 'launch/encounter', 'openid', 'fhirUser', 'profile'],
      ...['online_access', 'offline_access'],
      ...types.flatMap((type) =>
        ['patient', 'user'].flatMap((context) => [`${context}/${type}.read`, `${context}/${type}.rs`]),
      ),
    ],
  };
}

/** What the banner and the views must show for each synthetic patient, as the formatters and models render it. */
async function expectedPatients(sandbox: Sandbox): Promise<Record<string, ExpectedPatient>> {
  const { resources } = await sandbox.source.search<Patient>('Patient', { _count: 100 });
  const synthetic = resources.filter((patient) => patient.id?.startsWith('pasient-'));
  return Object.fromEntries(
    await Promise.all(
      synthetic.map(async (patient): Promise<[string, ExpectedPatient]> => {
        const id = patient.id ?? '';
        const personal = patient.identifier?.find((identifier) => ['fnr', 'dnr'].includes(identifierKind(identifier)));
        return [
          id,
          {
            name: formatHumanName(patient.name),
            maskedId: formatIdentifier(personal),
            fullId: personal?.value ?? '',
            ...(await expectedRecords(sandbox.source, id)),
          },
        ];
      }),
    ),
  );
}
