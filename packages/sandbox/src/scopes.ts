// SMART scopes, v1 (`patient/Observation.read`) and v2 (`patient/Observation.rs`), parsed
// case-insensitively because Epic grants `user/Patient.Read` next to `user/Patient.read`.

export interface ResourceScope {
  readonly context: 'patient' | 'user' | 'system';
  /** A resource type, or `*`. */
  readonly type: string;
  readonly read: boolean;
  readonly search: boolean;
}

const RESOURCE_SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([A-Za-z*]+)(\?.*)?$/i;

export function splitScopes(text: string | null | undefined): string[] {
  return (text ?? '').split(/\s+/).filter(Boolean);
}

export function parseResourceScope(scope: string): ResourceScope | undefined {
  const match = RESOURCE_SCOPE.exec(scope);
  if (!match) return undefined;
  const [, context = '', type = '', permissions = ''] = match;
  const lower = permissions.toLowerCase();
  // v1: read / write / *; v2: a subset of c r u d s, in that order.
  const v1 = lower === 'read' || lower === '*' || lower === 'write';
  const v2 = /^c?r?u?d?s?$/.test(lower);
  if (!v1 && !v2) return undefined;
  const all = lower === '*';
  return {
    context: context.toLowerCase() as ResourceScope['context'],
    type: type === '*' ? '*' : type,
    read: all || lower === 'read' || (!v1 && lower.includes('r')),
    search: all || lower === 'read' || (!v1 && lower.includes('s')),
  };
}

export type Interaction = 'read' | 'search';

/**
 * How the granted scopes allow an interaction on a type: `user` (any resource), `patient` (only in the
 * launch patient's compartment) or undefined (not at all).
 */
export function accessTo(
  scopes: readonly string[],
  type: string,
  interaction: Interaction,
): 'user' | 'patient' | undefined {
  let best: 'user' | 'patient' | undefined;
  for (const scope of scopes) {
    const parsed = parseResourceScope(scope);
    if (!parsed?.[interaction]) continue;
    if (parsed.type !== '*' && parsed.type.toLowerCase() !== type.toLowerCase()) continue;
    if (parsed.context === 'patient') best ??= 'patient';
    else best = 'user';
  }
  return best;
}

export function hasScope(scopes: readonly string[], wanted: string): boolean {
  return scopes.some((scope) => scope.toLowerCase() === wanted.toLowerCase());
}
