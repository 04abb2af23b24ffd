// The public API of @samspill/medication-list: the element class, the pure model and the data step.
// Side-effect free: `@samspill/medication-list/define.js` registers <sam-medication-list>.
export {
  MEDICATION_PAGE_SIZE,
  SamMedicationList,
  type MedicationListView,
  type MedicationSelectDetail,
  type SortDirection,
} from './medication-list.js';
export { medicationLabels, type MedicationLabels } from './medication-list.labels.js';
export {
  CARE_LEVELS,
  HPR_SYSTEM,
  MEDICATION_RESOURCE_TYPES,
  MEDICATION_STATUSES,
  MEDICATION_USES,
  USE_EXTENSION,
  USE_SYSTEM,
  type CareLevel,
  type MedicationAtc,
  type MedicationDate,
  type MedicationFlags,
  type MedicationPrescriber,
  type MedicationResourceType,
  type MedicationRow,
  type MedicationSource,
  type MedicationStatus,
  type MedicationUse,
} from './medication-row.js';
export { medicationRows, type MedicationModelOptions } from './medication-list.model.js';
export {
  DAY_SLOTS,
  medicationDay,
  type DayAsNeeded,
  type DayDose,
  type DaySlot,
  type DaySlotId,
  type DayUnplaced,
  type MedicationDay,
  type MedicationDayOptions,
} from './medication-day.model.js';
export {
  MEDICATION_GROUP_IDS,
  MEDICATION_SORT_KEYS,
  compareDefault,
  filterMedications,
  groupMedications,
  searchable,
  sortMedications,
  type MedicationFilter,
  type MedicationGroup,
  type MedicationGroupId,
  type MedicationGroups,
  type MedicationSortKey,
  type MedicationSortOptions,
} from './medication-order.js';
export { MEDICATION_INCLUDES, MEDICATION_READ_TYPES, loadMedications } from './medication-list.load.js';
export { medicationMessages, type MedicationMessages } from './medication-list.messages.js';
export { dayMessages, daySlotNames, type DayMessages } from './medication-day.messages.js';
