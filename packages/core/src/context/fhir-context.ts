import { createContext } from '@lit/context';
import type { Locale } from '../locale.js';
import type { FhirSource } from '../source/fhir-source.js';
import type { Theme } from '../theme/tokens.js';

/** What `<sam-fhir-context>` gives every Samspill component inside it. */
export interface FhirContextValue {
  /** Where data comes from; already shared, so equal searches on one page run once. */
  readonly source?: FhirSource;
  /** The patient in context (a logical id, `Patient/` prefix optional). */
  readonly patient?: string;
  readonly locale?: Locale;
  readonly theme?: Theme;
}

export const fhirContext = createContext<FhirContextValue>(Symbol('sam-fhir-context'));
