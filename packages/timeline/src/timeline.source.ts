// Where an event came from: the organisation (from the merged source's origin, else the resource's
// own serviceProvider, performer organisation, custodian, else the host of `meta.source`) and its care
// level: kommune, spesialisthelsetjeneste, fastlege or privat.
import type { Resource } from 'fhir/r4';
import { formatReference, originOf, untrusted, type Locale } from '@samspill/core/data.js';
import { timelineMessages } from './timeline.messages.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

export const CARE_LEVELS = ['kommune', 'spesialisthelsetjeneste', 'fastlege', 'privat', 'unknown'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

export interface EventSource {
  /** Stable across events of one organisation: the filter's value. */
  readonly key: string;
  /** The organisation (or system) as people know it: the same for every event with this key. */
  readonly label: string;
  /** The organisation the resource itself names, when it is another than `label` (a ward, a clinic). */
  readonly organisation?: string;
  readonly careLevel: CareLevel;
  readonly careLevelText: string;
}

// Words in organisation names and hosts that say the care level; the first match wins.
const LEVEL_WORDS: readonly (readonly [CareLevel, RegExp])[] = [
  ['fastlege', /fastleg|legekontor|legesenter|legesenteret|allmennlege|\bgp\b|general practi/i],
  ['privat', /privat|private/i],
  ['kommune', /kommune|kommunal|hjemmetjenest|heimeteneste|hjemmesykepleie|sykehjem|helsestasjon|omsorg|legevakt/i],
  ['spesialisthelsetjeneste', /sykehus|sjukehus|hospital|helseforetak|\bhf\b|klinikk|avdeling|poliklinikk|spesialist/i],
];

/** The care level an organisation's name, label or host says; `unknown` when none does. */
export function careLevelOf(...names: readonly string[]): CareLevel {
  for (const name of names) for (const [level, words] of LEVEL_WORDS) if (words.test(name)) return level;
  return 'unknown';
}

function pointsAtOrganisation(candidate: unknown): boolean {
  const fields = element(candidate);
  const target = text(fields?.reference);
  return /(^|\/)Organization\//.test(target) || text(fields?.type).endsWith('Organization');
}

/** The organisation a resource names as responsible for it, first found. */
function organisationReference(resource: Fields): unknown {
  // Elements that can only be an organisation: a display alone is enough.
  const organisations: unknown[] = [
    resource.serviceProvider,
    resource.custodian,
    ...list(resource.performer).map((performer) => element(performer)?.onBehalfOf),
  ];
  const only = organisations.find((candidate) => pointsAtOrganisation(candidate) || text(element(candidate)?.display));
  if (only !== undefined) return only;
  const candidates: unknown[] = [
    ...list(resource.performer).flatMap((performer) => [element(performer)?.actor, performer]),
    resource.recorder,
    resource.asserter,
    resource.requester,
    ...list(resource.author),
  ];
  return candidates.find(pointsAtOrganisation);
}

function hostOf(value: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(value);
  return match?.[1]?.toLowerCase() ?? '';
}

/** The host of a resource's `meta.source`; empty when it has none. */
export function sourceHost(resource: Fields): string {
  return hostOf(text(element(resource.meta)?.source));
}

/** The Organization a resource names as responsible, as its `Type/id` (or text) and name. */
export function namedOrganisation(
  resource: Fields,
  locale: Locale,
  names: ReadonlyMap<string, string>,
): { key: string; name: string } | undefined {
  const reference = element(organisationReference(resource));
  if (!reference) return undefined;
  const target = text(reference.reference).replace(/^.*\/(Organization\/[^/]+)$/, '$1');
  const name = names.get(target) || formatReference(reference, { locale });
  return name ? { key: target || name, name } : undefined;
}

/**
 * Where a resource came from: the merged source's origin when it has one; else the system in its
 * `meta.source` (named after the organisation most of that system's resources name, `hosts`); else
 * the organisation it names. `names` resolves Organization references to names.
 */
export function sourceOf(
  resource: Resource,
  locale: Locale,
  names: ReadonlyMap<string, string>,
  hosts: ReadonlyMap<string, string> = new Map(),
): EventSource | undefined {
  const fields = element(resource) ?? {};
  const origin = originOf(resource);
  const organisation = namedOrganisation(fields, locale, names);
  const host = sourceHost(fields);
  const originName = origin ? text(origin.label) || formatReference(origin.organization, { locale }) : '';
  const key = originName
    ? `origin:${originName}`
    : host
      ? `host:${host}`
      : organisation
        ? `org:${organisation.key}`
        : '';
  const label = originName || (host ? hosts.get(host) || organisation?.name || host : organisation?.name || '');
  if (!key || !label) return undefined;
  const careLevel = careLevelOf(
    originName,
    origin ? formatReference(origin.organization, { locale }) : '',
    label,
    organisation?.name ?? '',
    host,
  );
  const message = timelineMessages[locale];
  return {
    key,
    label,
    ...(organisation && organisation.name !== label ? { organisation: organisation.name } : {}),
    careLevel,
    careLevelText: careLevel === 'unknown' ? message['unknown-level'] : message[careLevel],
  };
}
