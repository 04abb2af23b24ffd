// What the dips FHIR server returns: the shared data in the DIPS Core profiles (meta.profile), no-basis
// identifiers as the data has them, and errors as OperationOutcomes with DIPS's text in details.text.
// The other personalities serve the same resources untouched.
import type { Bundle, Condition, OperationOutcome, Organization, Patient, Practitioner, Resource } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIPS_PROFILES, DIPS_ROLES, RESH_SYSTEM, startSandbox, type Sandbox } from '../src/index.js';
import { fhirBase, fhirGet, gatewayHeaders, launchToken, testData } from './helpers.js';

const FNR = 'urn:oid:2.16.578.1.12.4.1.4.1';
const HPR = 'urn:oid:2.16.578.1.12.4.1.4.4';

const profilesOf = (resource: Resource | undefined) => resource?.meta?.profile ?? [];

describe('dips: resources in the DIPS Core profiles', () => {
  let sandbox: Sandbox;
  let dips: string;
  let smart: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ data: testData() });
    dips = (await launchToken(sandbox, 'launch patient/*.rs user/Practitioner.rs', { personality: 'dips' }))
      .access_token;
    smart = (await launchToken(sandbox, 'launch patient/*.rs', { personality: 'smart-v2' })).access_token;
  });
  afterAll(() => sandbox.close());

  it('a read claims the profile of its type', async () => {
    const patient = await fhirGet(sandbox, 'dips', 'Patient/kari', dips);
    expect(profilesOf(patient.body)).toEqual(['http://dips.no/fhir/R4/StructureDefinition/DIPSPatient']);
    const practitioner = await fhirGet(sandbox, 'dips', 'Practitioner/lege-1', dips);
    expect(profilesOf(practitioner.body)).toEqual([DIPS_PROFILES.Practitioner]);
  });

  it('search matches and includes claim theirs; types DIPS Core does not profile stay as stored', async () => {
    const conditions = await fhirGet(sandbox, 'dips', 'Condition?patient=kari', dips);
    expect(conditions.body.entry?.map((entry) => profilesOf(entry.resource))).toEqual([
      ['http://dips.no/fhir/R4/StructureDefinition/DIPSR4Condition'],
    ]);
    const encounters = await fhirGet(sandbox, 'dips', 'Encounter?patient=kari', dips);
    expect(profilesOf(encounters.body.entry?.[0]?.resource)).toEqual([DIPS_PROFILES.Encounter]);
    const included = await fhirGet(sandbox, 'dips', 'Observation?patient=kari&_include=Observation:subject', dips);
    const entries = included.body.entry ?? [];
    const patient = entries.find((entry) => entry.search?.mode === 'include')?.resource;
    expect(profilesOf(patient)).toEqual([DIPS_PROFILES.Patient]);
    expect(
      entries.filter((entry) => entry.search?.mode === 'match').map((entry) => profilesOf(entry.resource)),
    ).toEqual(Array<string[]>(7).fill([]));
  });

  it('a batch-response’s resources and searchsets claim them too', async () => {
    const response = await fetch(fhirBase(sandbox, 'dips'), {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${dips}`,
        'Content-Type': 'application/fhir+json',
        ...gatewayHeaders(sandbox, 'dips'),
      },
      body: JSON.stringify({
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          { request: { method: 'GET', url: 'Patient/kari' } },
          { request: { method: 'GET', url: 'Condition?patient=kari' } },
        ],
      }),
    });
    const bundle = (await response.json()) as Bundle;
    expect(profilesOf(bundle.entry?.[0]?.resource)).toEqual([DIPS_PROFILES.Patient]);
    const searchset = bundle.entry?.[1]?.resource as Bundle<Condition>;
    expect(profilesOf(searchset.entry?.[0]?.resource)).toEqual([DIPS_PROFILES.Condition]);
  });

  it('the stored data is a view, not changed: smart-v2 serves it without DIPS profiles', async () => {
    await fhirGet(sandbox, 'dips', 'Patient/kari', dips);
    const patient = await fhirGet(sandbox, 'smart-v2', 'Patient/kari', smart);
    expect(profilesOf(patient.body)).toEqual([]);
    const fromSource = await sandbox.source.read('Patient/kari');
    expect(fromSource.resource?.meta).toBeUndefined();
  });

  it('errors are OperationOutcomes with the text in details.text and the backend in diagnostics', async () => {
    const missing = await fhirGet(sandbox, 'dips', 'Patient/nobody', dips);
    expect(missing.status).toBe(404);
    const issue = (missing.body as unknown as OperationOutcome).issue[0];
    expect(issue?.details?.text).toBe('Patient/nobody was not found.');
    expect(issue?.diagnostics).toBe('DIPS.FHIR.R4: Patient/nobody was not found.');
    const expired = await fhirGet(sandbox, 'dips', 'Patient/kari', 'no-such-token');
    expect(expired.status).toBe(401);
    expect((expired.body as unknown as OperationOutcome).issue[0]?.details?.text).toBe(
      'The access token is not valid.',
    );
  });
});

describe('dips: the default data', () => {
  let sandbox: Sandbox;
  let token: string;
  beforeAll(async () => {
    sandbox = await startSandbox();
    token = (await launchToken(sandbox, 'launch user/*.rs', { personality: 'dips', patient: 'pasient-ragnhild' }))
      .access_token;
  });
  afterAll(() => sandbox.close());

  it('has no-basis identifiers: fødselsnummer, HPR, and the default role’s hospital by RESH', async () => {
    const patient = (await fhirGet(sandbox, 'dips', 'Patient/pasient-ragnhild', token)).body as unknown as Patient;
    expect(profilesOf(patient)).toEqual([DIPS_PROFILES.Patient]);
    expect(patient.identifier?.map((identifier) => identifier.system)).toContain(FNR);

    const doctor = (await fhirGet(sandbox, 'dips', 'Practitioner/hp-sykehuslege', token))
      .body as unknown as Practitioner;
    expect(doctor.identifier?.map((identifier) => identifier.system)).toContain(HPR);

    // The default role works in the synthetic patients' hospital, under the same RESH id.
    const hospital = (await fhirGet(sandbox, 'dips', 'Organization/org-sykehus', token))
      .body as unknown as Organization;
    expect(hospital.name).toBe(DIPS_ROLES[0]?.organization.name);
    expect(hospital.identifier).toContainEqual({ system: RESH_SYSTEM, value: DIPS_ROLES[0]?.organization.resh });
    expect(profilesOf(hospital)).toEqual([DIPS_PROFILES.Organization]);
    const ward = (await fhirGet(sandbox, 'dips', 'Organization/org-sykehus-geriatri', token))
      .body as unknown as Organization;
    expect(ward.identifier).toContainEqual({ system: RESH_SYSTEM, value: DIPS_ROLES[0]?.department.resh });
  });
});
