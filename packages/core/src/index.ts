// Side-effect free: elements are registered by `@samspill/core/define.js` (components import it).

// Data
export type {
  FailureKind,
  FhirSource,
  ReadOptions,
  ReadResult,
  SearchOptions,
  SearchParams,
  SearchResult,
  SourceFailure,
  SourceOrigin,
} from './source/fhir-source.js';
export { DEFAULT_PAGE_LIMIT, FAILURE_KINDS } from './source/fhir-source.js';
export { createStaticSource } from './source/static-source.js';
export { mergeSources, originOf, type MergeEntry } from './source/merge-sources.js';
export { cachedSource, sharedCache, type CachedSource } from './source/request-cache.js';
export { readLocal } from './source/read-local.js';

// Context, component base and states
export { fhirContext, type FhirContextValue } from './context/fhir-context.js';
export { SamFhirContext } from './context/fhir-context-element.js';
export { SamFhirElement, type ResourceInput } from './element/fhir-element.js';
export {
  DATA_STATUSES,
  DataController,
  statusOf,
  type DataControllerOptions,
  type DataState,
  type DataStatus,
  type Loaded,
} from './state/data-controller.js';
export { renderDataState, renderSkeleton, type StateViewOptions } from './state/state-view.js';
export { stateStyles } from './state/state-styles.js';
export { failureMessage, failureMessages, resourceNoun } from './state/failure-message.js';

// Elements
export { defineElement } from './define-element.js';
export { NOTICE_VARIANTS, SamNotice, type NoticeVariant } from './notice/notice.js';
export { SamStatus } from './status/status.js';
export {
  STATUS_ICONS,
  STATUS_TONES,
  statusPresentation,
  type StatusIcon,
  type StatusPresentation,
  type StatusTone,
} from './status/clinical-status.js';

// Language and formatting
export { DEFAULT_LOCALE, LOCALES, intlLocale, localeOf, resolveLocale, type Locale } from './locale.js';
export { defineCatalogue, type Catalogue, type Message } from './i18n/catalogue.js';
export { DEFAULT_TIME_ZONE, type FormatOptions } from './format/format-options.js';
export {
  formatDate,
  formatRelativeDay,
  formatTime,
  parsePartialDate,
  type PartialDate,
  type PartialDatePrecision,
} from './format/partial-date.js';
export { formatPeriod } from './format/period.js';
export { ageInYears, formatAge } from './format/age.js';
export { formatNumber, formatQuantity, formatRange, formatRatio } from './format/quantity.js';
export {
  ATC_SYSTEM,
  FEST_SYSTEM,
  atcCode,
  findCoding,
  formatCodeableConcept,
  formatCoding,
} from './format/codeable-concept.js';
export { formatReference } from './format/reference.js';
export {
  formatHumanName,
  MIDDLE_NAME_URL,
  NAME_STYLES,
  type HumanNameFormatOptions,
  type NameStyle,
} from './format/human-name.js';
export {
  formatIdentifier,
  formatIdentifierLabel,
  IDENTIFIER_KINDS,
  identifierKind,
  isValidNorwegianPersonalNumber,
  type IdentifierFormatOptions,
  type IdentifierKind,
} from './format/identifier.js';
export { formatAddress, type AddressFormatOptions } from './format/address.js';
export { formatContactPoint } from './format/contact-point.js';
export { formatTiming } from './format/timing.js';
export { formatDosage, formatDosageLines } from './format/dosage.js';

// Design tokens
export { THEMES, themeStyles, type Theme } from './theme/tokens.js';
export { applyTokens, smartStyleToTokens, type SmartStyle, type Tokens } from './theme/smart-style.js';
