// The CapabilityStatement: the types in the data, each with exactly the search parameters core's
// search answers for it, so the statement never promises what a search would refuse.
import { searchParameters } from '@samspill/core/data.js';
import type { CapabilityStatement, CapabilityStatementRestResource } from 'fhir/r4.js';

export function capabilityStatement(types: readonly string[], base: string, now: Date): CapabilityStatement {
  const resource = types.map((type): CapabilityStatementRestResource => ({
    type: type as CapabilityStatementRestResource['type'],
    interaction: [{ code: 'read' as const }, { code: 'search-type' as const }],
    searchInclude: ['*'],
    searchRevInclude: ['*'],
    searchParam: searchParameters(type).map(({ name, kind }) => ({ name, type: kind })),
  }));
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
