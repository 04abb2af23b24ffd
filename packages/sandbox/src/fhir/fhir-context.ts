import type { FhirSource } from '@samspill/core/data.js';
import type { AccessToken } from '../tokens.js';

/** What every FHIR interaction of one request needs. */
export interface FhirContext {
  readonly source: FhirSource;
  /** The absolute FHIR base, for fullUrl and links. */
  readonly base: string;
  readonly access: AccessToken;
  readonly patientLinked: (type: string) => Promise<boolean>;
}
