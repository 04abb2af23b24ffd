// The national services as members of a merged source (core's `mergeSources`), one per service, so every
// record is tagged with the service it came from and a view's source filter names it: "Pasientens
// legemiddelliste (PLL)" for the medicines, "Kjernejournal" for critical information.
import type { Reference, Resource } from 'fhir/r4.js';
import { defineCatalogue, failedSearch, parseReference } from '@samspill/core/data.js';
import type {
  FailureKind,
  FhirSource,
  Locale,
  MergeEntry,
  ReadInteraction,
  ReadResult,
  SearchParams,
  SourceFailure,
} from '@samspill/core/data.js';
import { recoveryFor } from './errors.js';
import { httpFailure } from './http-failure.js';
import { createSmartSource, type SmartSourceOptions, type SourceSession } from './smart-source.js';

export const NATIONAL_SERVICES = ['pll', 'kjernejournal'] as const;

/** `pll`: the national medication list through SFM; `kjernejournal`: critical information (CAVE). */
export type NationalService = (typeof NATIONAL_SERVICES)[number];

/** The resource types each service answers for; a type of neither is not asked of the national base. */
export const NATIONAL_SERVICE_TYPES: Readonly<Record<NationalService, readonly string[]>> = {
  pll: ['MedicationStatement', 'Medication'],
  kjernejournal: ['AllergyIntolerance', 'Flag'],
};

// The `_include`s a service answers. It holds no practitioners or organisations to include, and one
// `_include` it refused would fail its part of a merged search: the view would then ask every source again.
const NATIONAL_SERVICE_INCLUDES: Readonly<Record<NationalService, ReadonlySet<string>>> = {
  pll: new Set(['MedicationStatement:medication']),
  kjernejournal: new Set(),
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
 *
 * Given the exchange itself (`exchangeToken(…)`, not awaited), the views start at once: the EHR is searched
 * while the token is exchanged, the national searches answer once it is, and a failed exchange is the
 * failure of each national search — the view shows the EHR's records and says what the service could not give.
 */
export function nationalSources(
  session: SourceSession | PromiseLike<SourceSession>,
  options: NationalSourcesOptions = {},
): MergeEntry[] {
  const source = isPromiseLike(session) ? sourceOnceExchanged(session, options) : createSmartSource(session, options);
  return NATIONAL_SERVICES.map((service) => ({
    source: serviceSource(source, service),
    label: nationalSourceLabel(service, options.locale),
  }));
}

function isPromiseLike(value: SourceSession | PromiseLike<SourceSession>): value is PromiseLike<SourceSession> {
  return typeof (value as Partial<PromiseLike<unknown>>).then === 'function';
}

/**
 * A source over a session still being exchanged. Until it is there it grants every type asked of it (the
 * service narrows them); then its token's scopes decide. A failed exchange fails each search and read in
 * the words that fit what can help: try again later (`unavailable`), start again (`unauthorized`) or ask
 * for access (`forbidden`).
 */
function sourceOnceExchanged(pending: PromiseLike<SourceSession>, options: SmartSourceOptions): FhirSource {
  let made: FhirSource | undefined;
  const exchanged: Promise<{ source: FhirSource } | { failure: SourceFailure }> = Promise.resolve(pending).then(
    (session) => ({ source: (made = createSmartSource(session, options)) }),
    (error: unknown) => ({ failure: exchangeFailure(error) }),
  );
  return {
    canRead: (resourceType, interaction) => made?.canRead?.(resourceType, interaction) ?? true,
    async search(resourceType, params, searchOptions) {
      const result = await exchanged;
      return 'source' in result
        ? result.source.search(resourceType, params, searchOptions)
        : failedSearch({ ...result.failure, resourceType });
    },
    async read<T extends Resource = Resource>(
      reference: Reference | string,
      readOptions?: Parameters<FhirSource['read']>[1],
    ): Promise<ReadResult<T>> {
      const result = await exchanged;
      return 'source' in result ? result.source.read<T>(reference, readOptions) : { failure: result.failure };
    },
  };
}

const KIND_BY_RECOVERY: Readonly<Record<ReturnType<typeof recoveryFor>, FailureKind>> = {
  retry: 'unavailable',
  relaunch: 'unauthorized',
  contact: 'forbidden',
};

function exchangeFailure(error: unknown): SourceFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return httpFailure(KIND_BY_RECOVERY[recoveryFor(error)], `The token exchange failed: ${detail}`);
}

/** `source` as one service: its types alone (the rest is not granted, and nothing is sent) and its `_include`s. */
function serviceSource(source: FhirSource, service: NationalService): FhirSource {
  const types = new Set(NATIONAL_SERVICE_TYPES[service]);
  const includes = NATIONAL_SERVICE_INCLUDES[service];
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
        ? source.search(resourceType, answeredIncludes(params, includes), options)
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

/** `params` with only the `_include`s the service answers. */
function answeredIncludes(params: SearchParams | undefined, includes: ReadonlySet<string>): SearchParams | undefined {
  const asked = params?._include;
  if (asked === undefined) return params;
  const kept = [asked].flat().filter((value) => includes.has(String(value)));
  const rest = Object.fromEntries(Object.entries(params ?? {}).filter(([name]) => name !== '_include'));
  return kept.length > 0 ? { ...rest, _include: kept } : rest;
}
