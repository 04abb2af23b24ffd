import { createStaticSource } from '@samspill/core/data.js';
import { PATIENT_IDS, patientResources, populationResources } from '@samspill/fixtures/generator';
import type { Benchmarks } from '../../../scripts/bench/api.js';
import { patientCompartment } from '../src/fhir/compartment.js';
import type { FhirContext } from '../src/fhir/fhir-context.js';
import type { FhirResult } from '../src/fhir/fhir-result.js';
import { interact } from '../src/fhir/interaction.js';
import { startSandbox } from '../src/sandbox.js';
import type { AccessToken } from '../src/tokens.js';
import { fhirBase, launchToken } from '../test/helpers.js';

// The generated large patient (about 15,000 resources) alone, as the sandbox holds it. Each figure is
// printed beside a plain read of the same server, the anchor the issue measures search against.
const PATIENT = PATIENT_IDS.large;
const resources = patientResources(populationResources({ largePatient: true }), PATIENT);
const source = createStaticSource(resources);
const patientLinked = patientCompartment(source);
const observation = resources.find((resource) => resource.resourceType === 'Observation')?.id ?? '';

function contextWith(scopes: readonly string[]): FhirContext {
  const access: AccessToken = {
    grant: {
      clientId: 'bench',
      personality: 'smart-v2',
      scopes,
      launch: {
        id: 'bench',
        personality: 'smart-v2',
        patient: PATIENT,
        fhirContext: [],
        needPatientBanner: false,
        rateLimited: false,
      },
    },
    expiresAt: Infinity,
    issuedAt: 0,
  };
  return { source, base: 'http://localhost/fhir', access, patientLinked };
}

const user = contextWith(['user/*.rs']);
const patient = contextWith(['patient/*.rs']);

async function ok(result: Promise<FhirResult>): Promise<void> {
  const { status } = await result;
  if (status !== 200) throw new Error(`Expected 200, got ${status}.`);
}

const read = () => ok(interact(user, 'GET', ['Observation', observation], new URLSearchParams()));
const search =
  (query: string, context = user) =>
  () =>
    ok(interact(context, 'GET', ['Observation'], new URLSearchParams(`patient=${PATIENT}&${query}`)));

const cases = {
  'read Observation/id under patient/ scopes': () =>
    ok(interact(patient, 'GET', ['Observation', observation], new URLSearchParams())),
  'patient Observation search, date=ge2024-01-01': search('date=ge2024-01-01'),
  'patient Observation search, category=laboratory': search('category=laboratory'),
  'patient Observation search, date=ge2024-01-01, patient/ scopes': search('date=ge2024-01-01', patient),
};

// A ratio beside its anchor in the same run: both timed the same way, median of short samples.
async function medianMs(run: () => Promise<void>): Promise<number> {
  const perCall: number[] = [];
  for (let sample = 0; sample < 9; sample++) {
    let calls = 0;
    const start = performance.now();
    do {
      await run();
      calls++;
    } while (performance.now() - start < 40);
    perCall.push((performance.now() - start) / calls);
  }
  return perCall.sort((a, b) => a - b)[4] ?? NaN;
}

async function ratioToRead(run: () => Promise<void>): Promise<number> {
  const [anchor, measured] = [await medianMs(read), await medianMs(run)];
  return Math.round((measured / anchor) * 10) / 10;
}

/**
 * The same searches over HTTP, as an app meets the sandbox, each as a ratio to a read over HTTP: one
 * sandbox serving the population with the large patient, measured once for every case, then closed.
 */
let overHttp: Promise<Record<string, number>> | undefined;
function httpRatios(): Promise<Record<string, number>> {
  overHttp ??= (async () => {
    const sandbox = await startSandbox({ data: populationResources({ largePatient: true }) });
    try {
      const base = fhirBase(sandbox, 'smart-v2');
      const launch = { personality: 'smart-v2' as const, patient: PATIENT };
      const userToken = (await launchToken(sandbox, 'launch openid fhirUser user/*.rs', launch)).access_token;
      const patientToken = (await launchToken(sandbox, 'launch openid fhirUser patient/*.rs', launch)).access_token;
      const get = (path: string, token: string) => async () => {
        const response = await fetch(`${base}/${path}`, { headers: { Authorization: `Bearer ${token}` } });
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}.`);
        await response.arrayBuffer();
      };
      const anchor = await medianMs(get(`Observation/${observation}`, userToken));
      const paths: Record<string, readonly [string, string]> = {
        'read Observation/id under patient/ scopes': [`Observation/${observation}`, patientToken],
        'patient Observation search, date=ge2024-01-01': [
          `Observation?patient=${PATIENT}&date=ge2024-01-01`,
          userToken,
        ],
        'patient Observation search, category=laboratory': [
          `Observation?patient=${PATIENT}&category=laboratory`,
          userToken,
        ],
        'patient Observation search, date=ge2024-01-01, patient/ scopes': [
          `Observation?patient=${PATIENT}&date=ge2024-01-01`,
          patientToken,
        ],
      };
      const ratios: Record<string, number> = {};
      for (const [name, [path, token]] of Object.entries(paths)) {
        ratios[name] = Math.round(((await medianMs(get(path, token))) / anchor) * 10) / 10;
      }
      return ratios;
    } finally {
      await sandbox.close();
    }
  })();
  return overHttp;
}

export default {
  [`sandbox, large patient (${resources.length} resources): read Observation/id`]: read,
  ...Object.fromEntries(Object.entries(cases).map(([name, run]) => [`sandbox: ${name}`, run])),
  ...Object.fromEntries(
    Object.entries(cases).map(([name, run]) => [
      `sandbox: ${name}, as a ratio to a read`,
      { unit: '× a read', count: () => ratioToRead(run) },
    ]),
  ),
  ...Object.fromEntries(
    Object.keys(cases).map((name) => [
      `sandbox over HTTP: ${name}, as a ratio to a read over HTTP`,
      { unit: '× a read', count: async () => (await httpRatios())[name] ?? NaN },
    ]),
  ),
} satisfies Benchmarks;
