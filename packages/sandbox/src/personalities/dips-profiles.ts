// What DIPS's FHIR server makes of the sandbox's shared data: each resource of a type the DIPS Core
// implementation guide (dips.fhir.no.core, built on no-basis) profiles claims that profile in
// meta.profile, and an OperationOutcome carries its text where DIPS puts it, in issue.details.text.
// A view, not a copy of the data: the stored resource is never changed, so the other personalities
// serve it as it was.
import type { OperationOutcome, Resource } from 'fhir/r4.js';

const CORE = 'http://dips.no/fhir/R4/StructureDefinition';

/** DIPS Core's profile per resource type, as the guide's canonical URLs name them. */
export const DIPS_PROFILES: Readonly<Record<string, string>> = {
  Patient: `${CORE}/DIPSPatient`,
  Practitioner: `${CORE}/DIPSPractitioner`,
  PractitionerRole: `${CORE}/DIPSPractitionerRole`,
  Organization: `${CORE}/DIPSOrganization`,
  Location: `${CORE}/DIPSLocation`,
  Encounter: `${CORE}/DIPSR4Encounter`,
  Condition: `${CORE}/DIPSR4Condition`,
  Procedure: `${CORE}/DIPSR4Procedure`,
  // The guide publishes this one without the R4 segment.
  DocumentReference: 'http://dips.no/fhir/StructureDefinition/DIPSR4DocumentReference',
};

/** The backend that speaks in DIPS's outcomes; apps show details.text, and it names where it came from. */
const BACKEND = 'DIPS.FHIR.R4';

export function dipsView(resource: Resource): Resource {
  if (resource.resourceType === 'OperationOutcome') return backendOutcome(resource as OperationOutcome);
  const profile = DIPS_PROFILES[resource.resourceType];
  if (profile === undefined) return resource;
  const claimed = resource.meta?.profile ?? [];
  if (claimed.includes(profile)) return resource;
  return { ...resource, meta: { ...resource.meta, profile: [...claimed, profile] } };
}

function backendOutcome(outcome: OperationOutcome): OperationOutcome {
  return {
    ...outcome,
    issue: outcome.issue.map((issue) => {
      const text = issue.details?.text ?? issue.diagnostics;
      return {
        ...issue,
        ...(text !== undefined && { details: { ...issue.details, text } }),
        ...(issue.diagnostics !== undefined && { diagnostics: `${BACKEND}: ${issue.diagnostics}` }),
      };
    }),
  };
}
