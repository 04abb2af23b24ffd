// The public API of @samspill/allergies: the element class, the pure model and the data step.
// Side-effect free: `@samspill/allergies/define.js` registers <sam-allergies>.
export { SamAllergies, type AllergySelectDetail } from './allergies.js';
export { allergyLabels, type AllergyLabels } from './allergies.labels.js';
export {
  allergiesModel,
  compareAllergies,
  type AllergiesModel,
  type AllergiesModelOptions,
} from './allergies.model.js';
export type { AllergyRow } from './allergies.row.js';
export type { AllergyRecord } from './allergies.record.js';
export type { AllergyDate } from './allergies.reader.js';
export type { ReactionView } from './allergies.reaction.js';
export { STATEMENT_SCOPES, type AllergyStatement } from './allergies.statement.js';
export {
  DATA_ABSENT_REASON,
  IPS_ABSENT_UNKNOWN,
  SNOMED_CT,
  STATEMENT_CODES,
  STATEMENT_KINDS,
  type StatementKind,
  type SubstanceCode,
} from './allergies.codes.js';
export {
  ALLERGY_CATEGORIES,
  ALLERGY_TYPES,
  CLINICAL_STATUS_SYSTEM,
  CLINICAL_STATUSES,
  CRITICALITIES,
  REACTION_SEVERITIES,
  VERIFICATION_STATUS_SYSTEM,
  UNCONFIRMED_STATUSES,
  VERIFICATION_STATUSES,
  type AllergyCategory,
  type AllergyType,
  type ClinicalStatus,
  type Criticality,
  type ReactionSeverity,
  type VerificationStatus,
} from './allergies.status.js';
export { ALLERGY_CHECKS, allergyCheck, type AllergyCheck, type AllergyCheckStatus } from './allergies.check.js';
export { ALLERGY_INCLUDES, ALLERGY_READ_TYPES, loadAllergies } from './allergies.load.js';
export { allergyMessages, type AllergyMessages } from './allergies.messages.js';
