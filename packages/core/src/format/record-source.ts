// Where a record came from, as a clinician names it: the organisation, never a server's host name.
// Vendors say it in different places (Epic and Oracle Health in the resource's own references, often
// display-only; NHN's SFM in the document's Composition; a merged source by its origin), so the
// components ask here, in one order, instead of each reading `meta.source`.
import type { Identifier, Resource } from 'fhir/r4.js';
import { resolveLocale, type Locale } from '../locale.js';
import { originOf } from '../source/merge-sources.js';
import { referenceKey, referenceType, resourceKey } from '../source/fhir-reference.js';
import { formatIdentifier, formatIdentifierLabel, identifierKind } from './identifier.js';
import { formatReference } from './reference.js';
import { type Fields, element, list, text } from './untrusted.js';

/** An organisation (or system) a record came from. */
export interface RecordSource {
  /** Stable across records of one organisation: what a source filter groups by. */
  readonly key: string;
  /** As people know it: "Fjordvik legekontor", "HER-id 81234". */
  readonly label: string;
  /** Where it was found, for a view that weighs one against another. */
  readonly via: 'origin' | 'system' | 'document' | 'organisation';
}

export interface RecordSourceOptions {
  readonly locale?: Locale;
  /** The resource a reference points at, when it is at hand; `container` holds the reference. */
  readonly resolve?: (reference: Fields, container: Fields) => Fields | undefined;
  /** The Composition of the document Bundle the record came in. */
  readonly composition?: Fields;
  /** `meta.source` systems named after their organisation (see {@link systemNames}). */
  readonly systems?: ReadonlyMap<string, string>;
}

// Identifiers that name an organisation in Norway (no-basis): HER-id, RESH-id, organisasjonsnummer.
const ORGANISATION_IDENTIFIERS = new Set(['her', 'resh', 'orgnr']);

/**
 * Where a record came from, first found: the merged source it came through; the system in its
 * `meta.source`, by the name given it (a URL is only a key: a host name is never shown); the
 * document it came in (the Composition's custodian, organisation author, official attester); the
 * organisations it names itself (informationSource, performer, requester's organisation, recorder…)
 * by name, display or HER/RESH/organisasjonsnummer. `undefined` when none says: the view writes
 * "Ukjent kilde".
 */
export function recordSource(resource: unknown, options: RecordSourceOptions = {}): RecordSource | undefined {
  const fields = element(resource);
  if (!fields) return undefined;
  const origin = originOf(resource as Resource);
  if (origin) {
    const label = text(origin.label) || formatReference(origin.organization, { locale: resolveLocale(options.locale) });
    if (label) return { key: `origin:${label}`, label, via: 'origin' };
  }
  const system = sourceSystem(fields);
  const named = system.name || options.systems?.get(system.key) || '';
  if (named) return { key: `system:${system.key}`, label: named, via: 'system' };
  const document = options.composition ? documentOrganisation(options.composition, options) : undefined;
  if (document) return { ...document, via: 'document' };
  const own = recordOrganisation(fields, options);
  return own && { ...own, via: 'organisation' };
}

/** The Composition of a document Bundle (its first entry), which says where every entry came from. */
export function documentComposition(bundle: unknown): Fields | undefined {
  const fields = element(bundle);
  const first = element(element(list(fields?.entry)[0])?.resource);
  return text(fields?.type) === 'document' && text(first?.resourceType) === 'Composition' ? first : undefined;
}

/**
 * The system `meta.source` names: a URL by its host (a key only), a plain name ("Helseplattformen")
 * as written. Both empty when there is none.
 */
export function sourceSystem(resource: unknown): { readonly key: string; readonly name: string } {
  const value = text(element(element(resource)?.meta)?.source);
  if (!value) return { key: '', name: '' };
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+)/i.exec(value)?.[1]?.toLowerCase();
  if (host) return { key: host.replace(/^www\./, ''), name: '' };
  // A URN, a fragment or an id is a key too; only words are a name.
  const words = !/^(?:urn:|#)/i.test(value) && /\p{L}{2}/u.test(value) && !/^[\w.-]*\d[\w.-]*$/.test(value);
  return { key: value, name: words ? value : '' };
}

/** Each `meta.source` system named after the organisation its records name most often. */
export function systemNames(resources: Iterable<unknown>, options: RecordSourceOptions = {}): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const resource of resources) {
    const fields = element(resource);
    const { key, name } = sourceSystem(fields);
    if (!fields || !key || name) continue;
    const organisation = recordOrganisation(fields, options);
    if (!organisation) continue;
    const perSystem = counts.get(key) ?? new Map<string, number>();
    perSystem.set(organisation.label, (perSystem.get(organisation.label) ?? 0) + 1);
    counts.set(key, perSystem);
  }
  const names = new Map<string, string>();
  for (const [key, perSystem] of counts) {
    const [best] = [...perSystem].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) names.set(key, best[0]);
  }
  return names;
}

/**
 * The organisation a record names as responsible for it, first found: elements that can only be an
 * organisation (a display alone is enough), then those that may name one (an Organization reference,
 * a PractitionerRole's organisation, an organisation identifier).
 */
export function recordOrganisation(
  resource: Fields,
  options: RecordSourceOptions = {},
): Omit<RecordSource, 'via'> | undefined {
  const performers = list(resource.performer).map(element);
  const onlyOrganisations = [
    resource.serviceProvider,
    resource.custodian,
    resource.managingOrganization,
    ...performers.map((performer) => performer?.onBehalfOf),
  ];
  for (const reference of onlyOrganisations) {
    const found = organisationOf(reference, resource, options, true);
    if (found) return found;
  }
  const mayBe = [
    resource.informationSource,
    ...performers.flatMap((performer) => [performer?.actor, performer]),
    resource.requester,
    resource.recorder,
    resource.asserter,
    ...list(resource.author),
    resource.organization,
  ];
  for (const reference of mayBe) {
    const found = organisationOf(reference, resource, options, false);
    if (found) return found;
  }
  return undefined;
}

/** The organisation behind a document: its custodian, an organisation author, its official attester. */
function documentOrganisation(
  composition: Fields,
  options: RecordSourceOptions,
): Omit<RecordSource, 'via'> | undefined {
  const official = list(composition.attester)
    .map(element)
    .filter((attester) => list(attester?.mode).includes('official'))
    .map((attester) => attester?.party);
  const candidates: [unknown, boolean][] = [
    [composition.custodian, true],
    ...list(composition.author).map((author): [unknown, boolean] => [author, false]),
    ...official.map((party): [unknown, boolean] => [party, false]),
  ];
  for (const [reference, only] of candidates) {
    const found = organisationOf(reference, composition, options, only);
    if (found) return found;
  }
  return undefined;
}

function organisationOf(
  value: unknown,
  container: Fields,
  options: RecordSourceOptions,
  onlyOrganisation: boolean,
): Omit<RecordSource, 'via'> | undefined {
  const reference = element(value);
  if (!reference) return undefined;
  const resolved = options.resolve?.(reference, container);
  const type = text(resolved?.resourceType) || referenceType(reference);
  if (type === 'PractitionerRole') {
    const organisation = element(resolved?.organization);
    return organisation && resolved ? organisationOf(organisation, resolved, options, true) : undefined;
  }
  const identifiers = [...list(resolved?.identifier), reference.identifier].map(element);
  const identifier = identifiers.find((item) => ORGANISATION_IDENTIFIERS.has(identifierKind(item as Identifier)));
  const isOrganisation = type === 'Organization' || (type === '' && (onlyOrganisation || identifier !== undefined));
  if (!isOrganisation) return undefined;
  const locale = resolveLocale(options.locale);
  const number = identifier ? formatIdentifier(identifier, { locale }) : '';
  const label =
    text(resolved?.name) ||
    text(reference.display) ||
    (number ? `${formatIdentifierLabel(identifier, { locale })} ${number}` : '');
  if (!label) return undefined;
  const key =
    resourceKey(resolved) ??
    referenceKey(reference) ??
    (identifier ? `${identifierKind(identifier)}|${text(identifier.value)}` : label);
  return { key: `org:${key}`, label };
}
