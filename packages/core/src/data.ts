// What needs no DOM and no Lit: the data contract and sources, the formatters, the message catalogues,
// status words and SMART style mapping. Node code (the sandbox, a server-side SMART source) imports
// `@samspill/core/data.js` and never loads Lit; the package entry re-exports all of it.

// Data
export type {
  FailureKind,
  FhirSource,
  ReadInteraction,
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
export { guardedRead, guardedSearch } from './source/source-guard.js';
export { failedSearch } from './source/source-failure.js';
export {
  parseReference,
  referenceKey,
  referenceType,
  resolveReference,
  resourceKey,
  type ResourceKey,
} from './source/fhir-reference.js';

// Loading a view's data: one path for every component, and how each search went
export {
  LOADER_PAGE_SIZE,
  PatientLoad,
  type Include,
  type LoadedPatientData,
  type PatientLoadOptions,
  type PatientSearch,
  type PatientSearchResult,
} from './load/patient-load.js';
export {
  SEARCH_OUTCOME_STATUSES,
  failuresOf,
  isNotGranted,
  notGrantedTypes,
  type SearchOutcome,
  type SearchOutcomeStatus,
} from './load/search-outcome.js';
export { searchParameters, type SearchParamKind } from './source/search-paths.js';

// Failures and statuses in words
export { failureMessage, failureMessages, resourceNoun } from './state/failure-message.js';
export { notSharedMessage, nothingSharedMessage, truncatedHeading, truncatedMessage } from './state/outcome-message.js';
export {
  STATUS_ICONS,
  STATUS_TONES,
  statusPresentation,
  type StatusIcon,
  type StatusPresentation,
  type StatusTone,
} from './status/clinical-status.js';

// Language and formatting
export { DEFAULT_LOCALE, LOCALES, intlLocale, localeOf, resolveLocale, type Locale, type LocaleTag } from './locale.js';
export {
  defineCatalogue,
  isTranslated,
  translate,
  type Catalogue,
  type Message,
  type TranslatedLocale,
} from './i18n/catalogue.js';
export { LocaleLoadError, loadLocale, localeLoaded, type LocalePack } from './i18n/locale-pack.js';
export { coreLocales } from './locales/pack.js';
export { formatList } from './i18n/list.js';
export {
  collator,
  dateTimeFormat,
  displayNames,
  hasNynorsk,
  numberFormat,
  pluralRules,
  type DateTimeFormatter,
} from './i18n/intl-format.js';
export { DEFAULT_TIME_ZONE, type FormatOptions } from './format/format-options.js';
export type { ModelOptions } from './format/model-options.js';
export {
  formatDate,
  formatRelativeDay,
  formatTime,
  parsePartialDate,
  type PartialDate,
  type PartialDatePrecision,
} from './format/partial-date.js';
export {
  calendarDay,
  daysBetween,
  instantOfWallClock,
  isoDay,
  resolveTimeZone,
  wallClock,
  type CalendarDay,
  type WallClock,
} from './format/zone-clock.js';
export { formatPeriod } from './format/period.js';
export { unknownDateText } from './format/unknown-date.js';
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
export { knownCodeName } from './format/known-codes.js';
export {
  documentComposition,
  recordOrganisation,
  recordSource,
  sourceSystem,
  systemNames,
  type RecordSource,
  type RecordSourceOptions,
} from './format/record-source.js';
export { formatSourceJson } from './format/source-json.js';
export { capMarks, displayText, isolateBidi, MAX_MARKS } from './format/display-text.js';
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
export {
  medicationPeriodOf,
  type MedicationPeriod,
  type MedicationPeriodDate,
  type UnreadableMedicationDate,
} from './format/medication-period.js';

// SMART style
export {
  applyTokens,
  MIN_FOCUS_CONTRAST,
  MIN_TEXT_CONTRAST,
  readSmartStyle,
  smartStyleToTokens,
  STYLE_REFUSALS,
  type RefusedStyleField,
  type SmartStyle,
  type SmartStyleOptions,
  type SmartStyleResult,
  type StyleRefusal,
  type Tokens,
} from './theme/smart-style.js';
export { describeRefusedStyle, smartStyleMessages } from './theme/smart-style.messages.js';
// Reading FHIR JSON from outside field by field, for components' own models: `untrusted.element(x)`.
export * as untrusted from './format/untrusted.js';
