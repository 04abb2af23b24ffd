// SMART scopes, v1 (`patient/Observation.read`) and v2 (`patient/Observation.rs?category=…`), as
// granted: the granted scope can differ from the requested one (Epic grants what the registration
// lists, in mixed case and with duplicates), so the app asks the parsed grant, never its request.

export const SCOPE_CONTEXTS = ['patient', 'user', 'system'] as const;
export type ScopeContext = (typeof SCOPE_CONTEXTS)[number];

/** v2 permission letters, in the order the specification requires them. */
export const PERMISSIONS = ['c', 'r', 'u', 'd', 's'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type ScopeAction = 'read' | 'search';

export interface ResourceScope {
  readonly context: ScopeContext;
  /** A resource type as granted, or `*`. */
  readonly resourceType: string;
  readonly permissions: ReadonlySet<Permission>;
  /** A v2 granular query (`category=…|laboratory`): the grant only covers matching resources. */
  readonly query: string | undefined;
  readonly dialect: 'v1' | 'v2';
  /** Normalised spelling, as in `GrantedScopes.list`. */
  readonly scope: string;
}

/** The part of a resource scope that did not parse. */
export const IGNORED_SCOPE_REASONS = ['resource-type', 'permissions', 'query'] as const;
export type IgnoredScopeReason = (typeof IGNORED_SCOPE_REASONS)[number];

/** A granted token that looks like a resource scope (`patient/…`, `user/…`, `system/…`) but does not parse. */
export interface IgnoredScope {
  /** The token as granted. */
  readonly scope: string;
  readonly reason: IgnoredScopeReason;
}

export interface GrantedScopes {
  /** Every granted scope, normalised (lower-case context and permissions, canonical `fhirUser`), without duplicates. */
  readonly list: readonly string[];
  readonly resources: readonly ResourceScope[];
  /**
   * Resource scopes that grant nothing because they do not parse. The library never logs scopes: this
   * list is the notice, for an app to show a developer why a type it was granted is not read.
   */
  readonly ignored: readonly IgnoredScope[];
  readonly launch: boolean;
  readonly launchPatient: boolean;
  readonly launchEncounter: boolean;
  readonly openid: boolean;
  readonly fhirUser: boolean;
  readonly offlineAccess: boolean;
  readonly onlineAccess: boolean;
  /** `offline_access` or `online_access` was granted. A refresh token can come without either (Epic). */
  readonly hasRefreshScope: boolean;
  /** Whether `scope` was granted, compared case-insensitively. */
  has(scope: string): boolean;
  /** Whether some granted scope (restricted or not) allows `action` on `resourceType`, in `context` if given. */
  can(resourceType: string, action: ScopeAction, context?: ScopeContext): boolean;
  /**
   * The granular queries that limit `action` on `resourceType`: empty when some grant is unrestricted
   * (or nothing is granted; ask `can` first), otherwise the queries, any of which a search must match.
   */
  restrictions(resourceType: string, action: ScopeAction, context?: ScopeContext): readonly string[];
}

const SPECIAL_SCOPES = [
  'launch',
  'launch/patient',
  'launch/encounter',
  'openid',
  'fhirUser',
  'profile',
  'offline_access',
  'online_access',
] as const;

// A Map, not an object: a permission named `constructor` must not find Object.prototype's.
const V1_PERMISSIONS: ReadonlyMap<string, readonly Permission[]> = new Map([
  ['read', ['r', 's']],
  ['write', ['c', 'u', 'd']],
  ['*', ['c', 'r', 'u', 'd', 's']],
]);

const CONTEXT_PREFIX = /^(patient|user|system)\//i;
const SCOPED_TYPE = /^(?:[A-Za-z]+|\*)$/;
const V2_PERMISSIONS = /^c?r?u?d?s?$/;

/**
 * A token as a resource scope: the scope, the reason it is ignored, or `undefined` when it does not
 * start like one (`launch`, `openid`). Linear in the token's length, whatever it holds.
 */
function readResourceScope(token: string): ResourceScope | IgnoredScopeReason | undefined {
  const prefix = CONTEXT_PREFIX.exec(token);
  if (!prefix) return undefined;
  const context = (prefix[1] ?? '').toLowerCase() as ScopeContext;
  const rest = token.slice(prefix[0].length);
  const mark = rest.indexOf('?');
  const body = mark === -1 ? rest : rest.slice(0, mark);
  // A `?` with nothing after it restricts nothing: the same grant as without it.
  const query = mark === -1 || mark === rest.length - 1 ? undefined : rest.slice(mark + 1);
  const dot = body.indexOf('.');
  const resourceType = dot === -1 ? body : body.slice(0, dot);
  if (!SCOPED_TYPE.test(resourceType)) return 'resource-type';
  const permission = dot === -1 ? '' : body.slice(dot + 1).toLowerCase();
  const v1 = V1_PERMISSIONS.get(permission);
  let permissions: readonly Permission[];
  let dialect: 'v1' | 'v2';
  if (v1 !== undefined) {
    // SMART v1 has no granular queries.
    if (query !== undefined) return 'query';
    permissions = v1;
    dialect = 'v1';
  } else if (permission !== '' && V2_PERMISSIONS.test(permission)) {
    if (query !== undefined && !isSearchQuery(query)) return 'query';
    permissions = PERMISSIONS.filter((letter) => permission.includes(letter));
    dialect = 'v2';
  } else {
    return 'permissions';
  }
  const scope = `${context}/${resourceType}.${permission}${query === undefined ? '' : `?${query}`}`;
  return { context, resourceType, permissions: new Set(permissions), query, dialect, scope };
}

// `name=value` pairs joined by `&`: parameters a narrowed search can add to its own.
function isSearchQuery(query: string): boolean {
  return query.split('&').every((pair) => {
    const equals = pair.indexOf('=');
    return equals > 0 && equals < pair.length - 1;
  });
}

function specialScope(token: string): string | undefined {
  return SPECIAL_SCOPES.find((scope) => scope.toLowerCase() === token.toLowerCase());
}

function normalise(token: string): string {
  const resource = readResourceScope(token);
  return specialScope(token) ?? (typeof resource === 'object' ? resource.scope : token);
}

const NEEDS: Readonly<Record<ScopeAction, Permission>> = { read: 'r', search: 's' };

/**
 * The granted `scope` of a token response, parsed. Never throws: anything that is not a string grants
 * nothing, and a resource scope that does not parse grants nothing and is listed in `ignored`.
 */
export function parseScopes(scope: unknown): GrantedScopes {
  const tokens = typeof scope === 'string' ? scope.split(/\s+/).filter(Boolean) : [];
  const seen = new Set<string>();
  const list: string[] = [];
  const resources: ResourceScope[] = [];
  const ignored: IgnoredScope[] = [];
  for (const token of tokens) {
    const special = specialScope(token);
    const resource = special === undefined ? readResourceScope(token) : undefined;
    const normal = special ?? (typeof resource === 'object' ? resource.scope : token);
    const key = normal.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    list.push(normal);
    if (typeof resource === 'object') resources.push(resource);
    else if (resource !== undefined) ignored.push({ scope: token, reason: resource });
  }
  const has = (wanted: string): boolean => seen.has(normalise(wanted).toLowerCase());
  const matching = (resourceType: string, action: ScopeAction, context?: ScopeContext): ResourceScope[] =>
    resources.filter(
      (resource) =>
        (context === undefined || resource.context === context) &&
        (resource.resourceType === '*' || resource.resourceType.toLowerCase() === resourceType.toLowerCase()) &&
        resource.permissions.has(NEEDS[action]),
    );
  return {
    list,
    resources,
    ignored,
    launch: has('launch'),
    launchPatient: has('launch/patient'),
    launchEncounter: has('launch/encounter'),
    openid: has('openid'),
    fhirUser: has('fhirUser'),
    offlineAccess: has('offline_access'),
    onlineAccess: has('online_access'),
    hasRefreshScope: has('offline_access') || has('online_access'),
    has,
    can: (resourceType, action, context) => matching(resourceType, action, context).length > 0,
    restrictions: (resourceType, action, context) => {
      const found = matching(resourceType, action, context);
      if (found.some((resource) => resource.query === undefined)) return [];
      return [...new Set(found.flatMap((resource) => (resource.query === undefined ? [] : [resource.query])))];
    },
  };
}

export type ScopeDialect = 'v1' | 'v2';

export interface RequestScopesOptions {
  /** `ehr` asks for `launch`, `standalone` for `launch/patient`. Default `ehr`. */
  readonly launch?: 'ehr' | 'standalone';
  /** `online` asks for `online_access`, `offline` for `offline_access`. Default `online`. */
  readonly refresh?: 'online' | 'offline' | 'none';
  /** Default `patient`. */
  readonly context?: Exclude<ScopeContext, 'system'>;
  /** Also ask for `launch/encounter`. Default false. */
  readonly encounter?: boolean;
}

const RESOURCE_TYPE = /^[A-Z][A-Za-z]*$/;

/**
 * The scope string to request for read access to `resourceTypes` (what the components on the page
 * read), with launch context, identity and refresh. Throws a `TypeError` for a string that is not a
 * resource type: that is a programming error, not something a user can fix.
 */
export function requestScopes(
  resourceTypes: readonly string[],
  dialect: ScopeDialect,
  options: RequestScopesOptions = {},
): string {
  const invalid = resourceTypes.filter((type) => !RESOURCE_TYPE.test(type));
  if (invalid.length > 0) throw new TypeError(`Not FHIR resource types: ${invalid.join(', ')}`);
  const context = options.context ?? 'patient';
  const permission = dialect === 'v2' ? 'rs' : 'read';
  const refresh = options.refresh ?? 'online';
  return [
    options.launch === 'standalone' ? 'launch/patient' : 'launch',
    ...(options.encounter === true ? ['launch/encounter'] : []),
    'openid',
    'fhirUser',
    ...[...new Set(resourceTypes)].map((type) => `${context}/${type}.${permission}`),
    ...(refresh === 'none' ? [] : [`${refresh}_access`]),
  ].join(' ');
}
