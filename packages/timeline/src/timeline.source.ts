// Where an event came from, as core's `recordSource` finds it, and its care level: kommune,
// spesialisthelsetjeneste, fastlege or privat.
import type { Resource } from 'fhir/r4.js';
import {
  formatReference,
  originOf,
  recordOrganisation,
  recordSource,
  sourceSystem,
  untrusted,
  type Locale,
  type RecordSourceOptions,
} from '@samspill/core/data.js';
import { timelineMessages } from './timeline.messages.js';

const { element } = untrusted;

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

/** What the timeline reads sources with: the resources at hand and the systems named after them. */
export interface SourceContext {
  readonly locale: Locale;
  readonly resolve: NonNullable<RecordSourceOptions['resolve']>;
  readonly systems: ReadonlyMap<string, string>;
}

/**
 * Where a resource came from (core's `recordSource`: the merged source's origin, the named system
 * in `meta.source`, the document it came in, the organisations it names) with its care level, and
 * the organisation the resource names itself when that is another (a ward under its hospital).
 */
export function sourceOf(
  resource: Resource,
  context: SourceContext,
  composition?: untrusted.Fields,
): EventSource | undefined {
  const options: RecordSourceOptions = {
    locale: context.locale,
    resolve: context.resolve,
    systems: context.systems,
    ...(composition ? { composition } : {}),
  };
  const found = recordSource(resource, options);
  if (!found) return undefined;
  const fields = element(resource) ?? {};
  const organisation = found.via === 'organisation' ? undefined : recordOrganisation(fields, options);
  const origin = originOf(resource);
  const careLevel = careLevelOf(
    found.label,
    origin ? formatReference(origin.organization, { locale: context.locale }) : '',
    organisation?.label ?? '',
    sourceSystem(fields).key,
  );
  const message = timelineMessages[context.locale];
  return {
    key: found.key,
    label: found.label,
    ...(organisation && organisation.label !== found.label ? { organisation: organisation.label } : {}),
    careLevel,
    careLevelText: careLevel === 'unknown' ? message['unknown-level'] : message[careLevel],
  };
}
