// The national services as members of a merged source (core's `mergeSources`), one per service, so every
// record is tagged with the service it came from and a view's source filter names it: "Pasientens
// legemiddelliste (PLL)" for the medicines, "Kjernejournal" for critical information.
import type { Reference, Resource } from 'fhir/r4.js';
import { defineCatalogue, failedSearch, parseReference } from '@samspill/core/data.js';
import type { FhirSource, Locale, MergeEntry, ReadInteraction } from '@samspill/core/data.js';
import { httpFailure } from './http-failure.js';
import { createSmartSource, type SmartSourceOptions, type SourceSession } from './smart-source.js';

export const NATIONAL_SERVICES = ['pll', 'kjernejournal'] as const;

/** `pll`: the national medication list through SFM; `kjernejournal`: critical information (CAVE). */
export type NationalService = (typeof NATIONAL_SERVICES)[number];

/** The resource types each service answers for; a type of neither is not asked of the national base. */
export const NATIONAL_SERVICE_TYPES: Readonly<Record<NationalService, readonly string[]>> = {
  pll: ['MedicationStatement', 'MedicationRequest', 'MedicationDispense', 'Medication'],
  kjernejournal: ['AllergyIntolerance', 'Flag', 'Condition'],
};

const labels = defineCatalogue(
  { pll: 'Pasientens legemiddelliste (PLL)', kjernejournal: 'Kjernejournal' },
  {
    nn: { pll: 'Pasientens legemiddelliste (PLL)', kjernejournal: 'Kjernejournal' },
    en: { pll: "Patient's medication list (PLL)", kjernejournal: 'Summary care record (Kjernejournal)' },
  },
);

/** How a service is named where its records are shown. */
export function nationalSourceLabel(service: NationalService, locale: Locale = 'nb'): string {
  return labels[locale][service];
}

export interface NationalSourcesOptions extends SmartSourceOptions {
  /** The language of the labels. Default `nb`. */
  readonly locale?: Locale;
}

/**
 * One source over the national session (as `createSmartSource` makes it), as `mergeSources` entries: one per
 * service, each asked only for its own types and labelled with its name, so `recordSource` (and each
 * component's source filter) says which service a record came from. Merge them beside the EHR's source.
 */
export function nationalSources(session: SourceSession, options: NationalSourcesOptions = {}): MergeEntry[] {
  const source = createSmartSource(session, options);
  return NATIONAL_SERVICES.map((service) => ({
    source: onlyTypes(source, new Set(NATIONAL_SERVICE_TYPES[service])),
    label: nationalSourceLabel(service, options.locale),
  }));
}

/** `source` for `types` alone: the rest is not granted, and nothing is sent for it. */
function onlyTypes(source: FhirSource, types: ReadonlySet<string>): FhirSource {
  const canRead = (resourceType: string, interaction: ReadInteraction = 'search'): boolean =>
    types.has(resourceType) && (source.canRead?.(resourceType, interaction) ?? true);
  const notHere = (resourceType: string) =>
    httpFailure('not-granted', `${resourceType} is not a type of this national service; it was not requested.`, {
      resourceType,
    });
  return {
    canRead,
    search: (resourceType, params, options) =>
      types.has(resourceType)
        ? source.search(resourceType, params, options)
        : Promise.resolve(failedSearch(notHere(resourceType))),
    read: <T extends Resource = Resource>(
      reference: Reference | string,
      options?: Parameters<FhirSource['read']>[1],
    ) => {
      const text = typeof reference === 'string' ? reference : reference.reference;
      const type = typeof text === 'string' ? parseReference(text)?.type : undefined;
      return type === undefined || types.has(type)
        ? source.read<T>(reference, options)
        : Promise.resolve({ failure: notHere(type) });
    },
  };
}
