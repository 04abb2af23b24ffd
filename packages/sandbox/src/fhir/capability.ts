// The CapabilityStatement: the types in the data, each with the search parameters core answers for
// it. Core keeps its parameter table private, so the candidates below are offered to core's search
// and only those it accepts are listed: the statement can never promise what search would refuse.
import type { FhirSource } from '@samspill/core/data.js';
import type {
  CapabilityStatement,
  CapabilityStatementRestResource,
  CapabilityStatementRestResourceSearchParam,
} from 'fhir/r4';

type Kind = CapabilityStatementRestResourceSearchParam['type'];

const CANDIDATES: readonly (readonly [string, Kind])[] = [
  ['_id', 'token'],
  ['_lastUpdated', 'date'],
  ['patient', 'reference'],
  ['subject', 'reference'],
  ['encounter', 'reference'],
  ['status', 'token'],
  ['category', 'token'],
  ['code', 'token'],
  ['intent', 'token'],
  ['clinical-status', 'token'],
  ['verification-status', 'token'],
  ['date', 'date'],
  ['authoredon', 'date'],
  ['effective', 'date'],
  ['issued', 'date'],
  ['period', 'date'],
  ['medication', 'reference'],
  ['requester', 'reference'],
  ['performer', 'reference'],
  ['based-on', 'reference'],
  ['part-of', 'reference'],
  ['lifecycle-status', 'token'],
  ['type', 'token'],
  ['class', 'token'],
];

const PROBE: Readonly<Record<Kind, string>> = {
  token: 'x',
  reference: 'x',
  date: '2000',
  number: '0',
  string: 'x',
  composite: 'x',
  quantity: '0',
  uri: 'x',
  special: 'x',
};

export async function capabilityStatement(
  source: FhirSource,
  types: readonly string[],
  base: string,
  now: Date,
): Promise<CapabilityStatement> {
  const resource = await Promise.all(
    types.map(async (type): Promise<CapabilityStatementRestResource> => ({
      type: type as CapabilityStatementRestResource['type'],
      interaction: [{ code: 'read' as const }, { code: 'search-type' as const }],
      searchInclude: ['*'],
      searchRevInclude: ['*'],
      searchParam: (await supported(source, type)).map(([name, kind]) => ({ name, type: kind })),
    })),
  );
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: now.toISOString(),
    kind: 'instance',
    software: { name: 'Samspill sandbox' },
    implementation: { description: 'A local SMART EHR for development and tests', url: base },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        security: {
          service: [
            {
              coding: [
                { system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'SMART-on-FHIR' },
              ],
            },
          ],
        },
        resource,
        interaction: [{ code: 'batch' }],
      },
    ],
  };
}

async function supported(source: FhirSource, type: string): Promise<(readonly [string, Kind])[]> {
  const accepted = await Promise.all(
    CANDIDATES.map(async ([name, kind]) => {
      const probe = await source.search(type, { [name]: PROBE[kind], _count: 0 }, { pageLimit: 1 });
      return probe.failures.length === 0;
    }),
  );
  return CANDIDATES.filter((_, index) => accepted[index]);
}
