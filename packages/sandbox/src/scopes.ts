// SMART scopes, v1 (`patient/Observation.read`) and v2 (`patient/Observation.rs`), parsed
// case-insensitively because Epic grants `user/Patient.Read` next to `user/Patient.read`.

export interface ResourceScope {
  readonly context: 'patient' | 'user' | 'system';
  /** A resource type, or `*`. */
  readonly type: string;
  readonly read: boolean;
  readonly search: boolean;
  /** Every permission the scope gives in v2 letters, in `cruds` order: v1 `read` is `rs`, `write` `cud`, `*` all five. */
  readonly permissions: string;
  /** Written in v1 (`read`, `write`, `*`) rather than v2 letters. */
  readonly v1: boolean;
  /**
   * A v2 granular scope's search parameters (`?category=…|laboratory`): the scope covers only what a
   * search with them would find. Absent for a scope over the whole type.
   */
  readonly query?: Readonly<Record<string, readonly string[]>>;
  /** The query as written after the `?`. */
  readonly queryText?: string;
}

const V1_PERMISSIONS: Readonly<Record<string, string>> = { read: 'rs', write: 'cud', '*': 'cruds' };

const RESOURCE_SCOPE = /^(patient|user|system)\/([A-Za-z]+|\*)\.([A-Za-z*]+)(?:\?(.*))?$/i;

export function splitScopes(text: string | null | undefined): string[] {
  return (text ?? '').split(/\s+/).filter(Boolean);
}

export function parseResourceScope(scope: string): ResourceScope | undefined {
  const match = RESOURCE_SCOPE.exec(scope);
  if (!match) return undefined;
  const [, context = '', type = '', permissions = '', search] = match;
  const lower = permissions.toLowerCase();
  // v1: read / write / *; v2: a subset of c r u d s, in that order.
  const v1 = lower === 'read' || lower === '*' || lower === 'write';
  const v2 = /^c?r?u?d?s?$/.test(lower);
  if (!v1 && !v2) return undefined;
  // Only v2 has granular scopes; a query on a v1 scope is no scope at all, rather than a wider one.
  if (search !== undefined && v1) return undefined;
  const all = lower === '*';
  const query = search === undefined ? undefined : queryOf(search);
  return {
    context: context.toLowerCase() as ResourceScope['context'],
    type: type === '*' ? '*' : type,
    read: all || lower === 'read' || (!v1 && lower.includes('r')),
    search: all || lower === 'read' || (!v1 && lower.includes('s')),
    permissions: V1_PERMISSIONS[lower] ?? lower,
    v1,
    ...(query !== undefined && { query, queryText: search }),
  };
}

function queryOf(search: string): Record<string, string[]> | undefined {
  const query: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) (query[name] ??= []).push(value);
  return Object.keys(query).length === 0 ? undefined : query;
}

export type Interaction = 'read' | 'search';

/**
 * One scope's reach over a type: everywhere (`user/`, `system/`) or the launch patient's compartment,
 * maybe narrowed by a granular scope's query.
 */
export interface ScopeReach {
  readonly compartment: 'patient' | 'user';
  readonly query?: Readonly<Record<string, readonly string[]>>;
}

/** Every granted scope that allows the interaction on the type; what they reach together is their union. */
export function reachOf(scopes: readonly string[], type: string, interaction: Interaction): ScopeReach[] {
  const reach: ScopeReach[] = [];
  for (const scope of scopes) {
    const parsed = parseResourceScope(scope);
    if (!parsed?.[interaction]) continue;
    if (parsed.type !== '*' && parsed.type.toLowerCase() !== type.toLowerCase()) continue;
    reach.push({
      compartment: parsed.context === 'patient' ? 'patient' : 'user',
      ...(parsed.query !== undefined && { query: parsed.query }),
    });
  }
  return reach;
}

export function hasScope(scopes: readonly string[], wanted: string): boolean {
  return scopes.some((scope) => scope.toLowerCase() === wanted.toLowerCase());
}
