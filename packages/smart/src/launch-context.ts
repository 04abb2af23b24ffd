// The launch context of a SMART token response, typed, from whatever shape the vendor sends:
// Epic's string `need_patient_banner`, an absolute or relative `fhirUser`, SMART 2.2's `fhirContext`
// with canonical and identifier entries. Tokens never enter the result.
import type { Identifier } from 'fhir/r4.js';
import type { Locale } from '@samspill/core/data.js';
import { supportedLocale } from './launch-locale.js';
import { parseScopes, type GrantedScopes } from './scopes.js';

/** One `fhirContext` entry (SMART App Launch 2.2): at least one of reference, canonical, identifier. */
export interface FhirContextItem {
  readonly reference?: string;
  readonly canonical?: string;
  readonly identifier?: Identifier;
  readonly type?: string;
  readonly role?: string;
}

export interface FhirUser {
  readonly resourceType: string;
  readonly id: string;
  /** Absolute: a relative `fhirUser` is resolved against the FHIR base. */
  readonly url: string;
}

/** A part of the organisation: its id, its name, or both. */
export interface OrganizationUnit {
  readonly id?: string;
  readonly name?: string;
}

/**
 * The role the user chose at login, where the EHR has one (DIPS Arena: an organisation and a department).
 * Read from the token response, else the verified id_token, in the first of these shapes found:
 * an object `dips_role`, `role` or `user_role` (with its own `id`) holding `organization` (or
 * `organisation`) and `department`; or those fields at the top level. Each is `{ id, name }` (`display`
 * for the name, an `identifier.value` such as a RESH id for the id), a string (its name), or flat
 * `organization_id`, `organization_name`, `department_id`, `department_name`.
 */
export interface LaunchRole {
  /** The role's own id, when the EHR names one. */
  readonly id?: string;
  readonly organization?: OrganizationUnit;
  readonly department?: OrganizationUnit;
}

/** A field of the token response that was present but unusable, and was left out. Never holds a value. */
export interface LaunchContextProblem {
  readonly field: string;
  readonly reason: string;
}

export interface SmartContext {
  readonly patient: string | undefined;
  readonly encounter: string | undefined;
  readonly fhirUser: FhirUser | undefined;
  /**
   * True unless the EHR said `false` (boolean or string). Absent means no EHR promised to show the
   * patient: a standalone launch, or an EHR that does not know. Showing a banner too many is harmless;
   * one too few can put data in front of the wrong patient's name.
   */
  readonly needPatientBanner: boolean;
  readonly styleUrl: string | undefined;
  readonly tenant: string | undefined;
  readonly intent: string | undefined;
  readonly fhirContext: readonly FhirContextItem[];
  /** The organisation and department the user works in for this launch, when the EHR says (see `LaunchRole`). */
  readonly role?: LaunchRole;
  /**
   * The language the EHR works in, when it says one Samspill speaks: the token response's `ui_locales` or
   * `locale`, the verified id_token's `locale`, or the launch URL's `lang`, in that order. Show the app in
   * it before the browser's language.
   */
  readonly locale: Locale | undefined;
  readonly scopes: GrantedScopes;
  /** Milliseconds since the epoch, from `expires_in` and `now`. */
  readonly expiresAt: number | undefined;
  /** A refresh token was issued, whatever the granted scope says (Epic leaves `offline_access` out). */
  readonly refreshable: boolean;
  /** Vendor fields beyond the standard ones, primitive values only (Epic's `deptID`, `__epic.dstu2.patient`). */
  readonly extras: Readonly<Record<string, string | number | boolean>>;
  readonly problems: readonly LaunchContextProblem[];
}

export interface LaunchContextOptions {
  /** The FHIR base URL (`iss`), to resolve a relative `fhirUser`. */
  readonly fhirBase: string;
  /** The id_token's claims, once verified; `fhirUser` comes from here (or `profile`, SMART v1). */
  readonly idTokenClaims?: unknown;
  /** The launch URL's `lang` parameter, which launch() keeps through the redirect. */
  readonly launchLang?: string;
  /** Milliseconds since the epoch. Default `Date.now()`. */
  readonly now?: number;
}

const STANDARD_FIELDS = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token_type',
  'expires_in',
  'scope',
  'state',
  'code',
  'patient',
  'encounter',
  'fhirContext',
  'need_patient_banner',
  'smart_style_url',
  'intent',
  'tenant',
  'ui_locales',
  'locale',
  'error',
  'error_description',
  'error_uri',
]);
// Anything that may carry a credential stays out of `extras`, whatever the vendor calls it.
const SECRET_LIKE = /token|secret|password|assertion|verifier|^code$/i;

const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const RESOURCE_TYPE = /^[A-Z][A-Za-z]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(source: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(source, key) ? source[key] : undefined;
}

export function launchContext(tokenResponse: unknown, options: LaunchContextOptions): SmartContext {
  const problems: LaunchContextProblem[] = [];
  const report: Report = (name, reason) => {
    problems.push({ field: name, reason });
  };
  const response = isRecord(tokenResponse) ? tokenResponse : {};
  if (!isRecord(tokenResponse)) report('(response)', 'not a JSON object');

  const text = (name: string): string | undefined => {
    const value = field(response, name);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    report(name, 'not a non-empty string');
    return undefined;
  };
  const id = (name: string, resourceType: string): string | undefined => {
    const value = text(name);
    if (value === undefined) return undefined;
    const bare = value.startsWith(`${resourceType}/`) ? value.slice(resourceType.length + 1) : value;
    if (ID.test(bare)) return bare;
    report(name, 'not a FHIR id');
    return undefined;
  };

  let styleUrl = text('smart_style_url');
  if (styleUrl !== undefined && !isHttpUrl(styleUrl)) {
    report('smart_style_url', 'not an http(s) URL');
    styleUrl = undefined;
  }
  const expiresIn = field(response, 'expires_in');
  const seconds = typeof expiresIn === 'string' && expiresIn.trim() !== '' ? Number(expiresIn) : expiresIn;
  let expiresAt: number | undefined;
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) {
    expiresAt = (options.now ?? Date.now()) + seconds * 1000;
  } else if (expiresIn !== undefined) {
    report('expires_in', 'not a positive number of seconds');
  }
  const refreshToken = field(response, 'refresh_token');
  const role = roleIn(response) ?? (isRecord(options.idTokenClaims) ? roleIn(options.idTokenClaims) : undefined);

  return {
    patient: id('patient', 'Patient'),
    encounter: id('encounter', 'Encounter'),
    fhirUser: fhirUserOf(options, report),
    needPatientBanner: needPatientBanner(field(response, 'need_patient_banner'), report),
    styleUrl,
    tenant: text('tenant'),
    intent: text('intent'),
    fhirContext: fhirContextOf(field(response, 'fhirContext'), report),
    ...(role !== undefined && { role }),
    locale: supportedLocale(
      field(response, 'ui_locales'),
      field(response, 'locale'),
      isRecord(options.idTokenClaims) ? field(options.idTokenClaims, 'locale') : undefined,
      options.launchLang,
    ),
    scopes: parseScopes(field(response, 'scope')),
    expiresAt,
    refreshable: typeof refreshToken === 'string' && refreshToken !== '',
    extras: extrasOf(response),
    problems,
  };
}

type Report = (field: string, reason: string) => void;

function needPatientBanner(value: unknown, report: Report): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  report('need_patient_banner', 'not true or false');
  return true;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function fhirUserOf(options: LaunchContextOptions, report: Report): FhirUser | undefined {
  const claims = isRecord(options.idTokenClaims) ? options.idTokenClaims : {};
  const raw = field(claims, 'fhirUser') ?? field(claims, 'profile');
  if (raw === undefined) return undefined;
  const resolved = resolveFhirUser(raw, options.fhirBase);
  if (typeof resolved === 'string') {
    report('fhirUser', resolved);
    return undefined;
  }
  return resolved;
}

/** The user, or why not. */
function resolveFhirUser(raw: unknown, fhirBase: string): FhirUser | string {
  if (typeof raw !== 'string' || raw.trim() === '') return 'not a non-empty string';
  let url: URL;
  try {
    // A relative fhirUser is relative to the FHIR base, which may itself end without a slash.
    url = new URL(raw.trim(), fhirBase.endsWith('/') ? fhirBase : `${fhirBase}/`);
  } catch {
    return 'not a URL or a relative reference';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not an http(s) URL';
  const segments = url.pathname.split('/').filter(Boolean);
  // A versioned reference names the same user: drop `/_history/<version>`.
  const history = segments.lastIndexOf('_history');
  const kept = history >= 2 ? segments.slice(0, history) : segments;
  const [resourceType = '', resourceId = ''] = kept.slice(-2);
  if (!RESOURCE_TYPE.test(resourceType) || !ID.test(resourceId)) return 'does not end in ResourceType/id';
  url.pathname = `/${kept.join('/')}`;
  url.search = '';
  url.hash = '';
  return { resourceType, id: resourceId, url: url.href };
}

function fhirContextOf(value: unknown, report: Report): FhirContextItem[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report('fhirContext', 'not an array');
    return [];
  }
  const items: FhirContextItem[] = [];
  value.forEach((entry: unknown, index) => {
    const item = fhirContextItem(entry);
    if (item) items.push(item);
    else report(`fhirContext[${index}]`, 'needs a reference, canonical or identifier');
  });
  return items;
}

function fhirContextItem(entry: unknown): FhirContextItem | undefined {
  // Early SMART 2.0 drafts and some servers send bare reference strings.
  if (typeof entry === 'string') return entry.trim() === '' ? undefined : { reference: entry.trim() };
  if (!isRecord(entry)) return undefined;
  const string = (key: string): string | undefined => {
    const value = field(entry, key);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const reference = string('reference');
  const canonical = string('canonical');
  const identifier = identifierOf(field(entry, 'identifier'));
  if (reference === undefined && canonical === undefined && identifier === undefined) return undefined;
  const type = string('type');
  const role = string('role');
  return {
    ...(reference !== undefined && { reference }),
    ...(canonical !== undefined && { canonical }),
    ...(identifier !== undefined && { identifier }),
    ...(type !== undefined && { type }),
    ...(role !== undefined && { role }),
  };
}

// Where a role's parts may be: nothing public documents DIPS's field names, so the plausible ones.
const ROLE_OBJECTS = ['dips_role', 'role', 'user_role'];

function roleIn(source: Record<string, unknown>): LaunchRole | undefined {
  for (const name of ROLE_OBJECTS) {
    const value = field(source, name);
    const role = isRecord(value) ? roleParts(value) : undefined;
    const id = isRecord(value) ? plainText(field(value, 'id')) : undefined;
    if (role) return id === undefined ? role : { id, ...role };
  }
  return roleParts(source);
}

function roleParts(source: Record<string, unknown>): LaunchRole | undefined {
  const organization = unitOf(source, 'organization') ?? unitOf(source, 'organisation');
  const department = unitOf(source, 'department');
  if (organization === undefined && department === undefined) return undefined;
  return { ...(organization !== undefined && { organization }), ...(department !== undefined && { department }) };
}

function unitOf(source: Record<string, unknown>, name: string): OrganizationUnit | undefined {
  const value = field(source, name);
  const nested = isRecord(value) ? value : {};
  const identifier = field(nested, 'identifier');
  const id =
    plainText(field(nested, 'id')) ??
    (isRecord(identifier) ? plainText(field(identifier, 'value')) : undefined) ??
    plainText(field(source, `${name}_id`));
  const unitName =
    plainText(field(nested, 'name')) ??
    plainText(field(nested, 'display')) ??
    (typeof value === 'string' ? plainText(value) : undefined) ??
    plainText(field(source, `${name}_name`));
  if (id === undefined && unitName === undefined) return undefined;
  return { ...(id !== undefined && { id }), ...(unitName !== undefined && { name: unitName }) };
}

/** A non-empty string, or a number as one; anything else is no value. */
function plainText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function identifierOf(value: unknown): Identifier | undefined {
  if (!isRecord(value)) return undefined;
  const system = field(value, 'system');
  const identifierValue = field(value, 'value');
  if (typeof identifierValue !== 'string' || identifierValue === '') return undefined;
  return { ...(typeof system === 'string' && system !== '' && { system }), value: identifierValue };
}

function extrasOf(response: Record<string, unknown>): Record<string, string | number | boolean> {
  // fromEntries defines own properties, so a `__proto__` key stays a plain key.
  return Object.fromEntries(
    Object.entries(response).filter(
      (entry): entry is [string, string | number | boolean] =>
        !STANDARD_FIELDS.has(entry[0]) &&
        !SECRET_LIKE.test(entry[0]) &&
        (typeof entry[1] === 'string' ||
          typeof entry[1] === 'boolean' ||
          (typeof entry[1] === 'number' && Number.isFinite(entry[1]))),
    ),
  );
}
