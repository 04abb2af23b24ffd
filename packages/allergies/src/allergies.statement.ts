// A record that states there is no known allergy (or no information about allergies) instead of
// naming one: "Ingen kjente allergier registrert", with who said so, when and where. It is shown as
// such, and only when its code says so (allergies.codes.ts).
import { STATEMENT_KINDS, type StatementKind } from './allergies.codes.js';
import type { AllergyReader, Fields } from './allergies.reader.js';
import { allergyRecord, type AllergyRecord, type RecordContext } from './allergies.record.js';
import type { AllergyCategory } from './allergies.status.js';

export { STATEMENT_KINDS, type StatementKind };

export interface AllergyStatement extends AllergyRecord {
  readonly kind: StatementKind;
  /** "Ingen kjente legemiddelallergier registrert". */
  readonly text: string;
  /** A current allergy of the kind it speaks for is recorded as well: the two disagree. */
  readonly contradicted: boolean;
}

/** The allergies a statement speaks for: every one, one category, or none it can be checked against. */
export const STATEMENT_SCOPES: Readonly<Record<StatementKind, AllergyCategory | 'all' | undefined>> = {
  'no-known-allergy': 'all',
  'no-known-medication-allergy': 'medication',
  'no-known-food-allergy': 'food',
  'no-known-environmental-allergy': 'environment',
  // Latex has no category of its own; "no information" makes no claim to contradict.
  'no-known-latex-allergy': undefined,
  'no-allergy-information': undefined,
};

export function allergyStatement(
  reader: AllergyReader,
  fields: Fields,
  key: string,
  kind: StatementKind,
  context: RecordContext,
): AllergyStatement {
  const { record } = allergyRecord(reader, fields, key, context);
  return { ...record, kind, text: reader.m[kind], contradicted: false };
}
