// What a client is granted: the requested scopes as far as its registration reaches, nothing the
// registration leaves out (RFC 6749 §3.3: the server may grant less than was asked for, and says what
// in the token response's `scope`). A resource scope is cut to each registered one that overlaps it:
// with `patient/*.rs` registered, `patient/Observation.read` is granted as asked, `patient/Observation.cruds`
// becomes `patient/Observation.rs` and `user/*.write` nothing; with `patient/Observation.rs` registered,
// `patient/*.rs` becomes `patient/Observation.rs`. Any other scope is granted when it is registered.
import { hasScope, parseResourceScope, type ResourceScope } from './scopes.js';

/** The requested scopes within the registered ones, each kept as written where it is granted whole. */
export function grantWithin(requested: readonly string[], registered: readonly string[]): string[] {
  const registeredResources = registered.flatMap((scope) => parseResourceScope(scope) ?? []);
  const granted = requested.flatMap((scope) => {
    const resource = parseResourceScope(scope);
    if (resource === undefined) return hasScope(registered, scope) ? [scope] : [];
    const overlaps = registeredResources.flatMap((allowed) => overlap(resource, allowed) ?? []);
    return overlaps.some((overlapping) => sameScope(overlapping, resource)) ? [scope] : overlaps.map(scopeText);
  });
  return [...new Set(granted)];
}

/** The part of `wanted` that `allowed` also gives, or undefined when they share nothing. */
function overlap(wanted: ResourceScope, allowed: ResourceScope): ResourceScope | undefined {
  if (wanted.context !== allowed.context) return undefined;
  const type = wanted.type === '*' ? allowed.type : wanted.type;
  if (allowed.type !== '*' && allowed.type.toLowerCase() !== type.toLowerCase()) return undefined;
  // Permissions are ASCII letters (`cruds`), so a character is a permission.
  const permissions = Array.from(wanted.permissions, (permission) =>
    allowed.permissions.includes(permission) ? permission : '',
  ).join('');
  if (permissions === '') return undefined;
  // Two different queries would have to hold together, which one scope cannot say: no overlap then.
  if (allowed.queryText !== undefined && wanted.queryText !== undefined && allowed.queryText !== wanted.queryText)
    return undefined;
  const narrowing = wanted.queryText === undefined ? allowed : wanted;
  return {
    ...wanted,
    type,
    permissions,
    read: permissions.includes('r'),
    search: permissions.includes('s'),
    ...(narrowing.query !== undefined && { query: narrowing.query, queryText: narrowing.queryText }),
  };
}

function sameScope(a: ResourceScope, b: ResourceScope): boolean {
  return a.type === b.type && a.permissions === b.permissions && a.queryText === b.queryText;
}

const V1_SPELLING: Readonly<Record<string, string>> = { rs: 'read', cud: 'write', cruds: '*' };

/** A scope as text: in v1 when it was asked for in v1 and v1 can say it, else in v2 letters. */
function scopeText(scope: ResourceScope): string {
  const permissions = (scope.v1 ? V1_SPELLING[scope.permissions] : undefined) ?? scope.permissions;
  return `${scope.context}/${scope.type}.${permissions}${scope.queryText === undefined ? '' : `?${scope.queryText}`}`;
}
