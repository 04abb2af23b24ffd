// Side-effect free: elements are registered by `@samspill/core/define.js` (components import it).
export * from './data.js';

// Context, component base and states
export { fhirContext, type FhirContextValue } from './context/fhir-context.js';
export { SamFhirContext } from './context/fhir-context-element.js';
export { SamFhirElement, type PatientDataOptions, type ResourceInput } from './element/fhir-element.js';
export { SamSelectEvent, type AnySamSelectDetail, type SamSelectDetail } from './element/select-event.js';
export {
  DATA_STATUSES,
  DataController,
  isProblem,
  statusOf,
  type DataControllerOptions,
  type DataState,
  type DataStatus,
  type Loaded,
} from './state/data-controller.js';
export {
  renderDataState,
  renderInputProblems,
  type InputProblem,
  renderLines,
  renderNotShared,
  renderSkeleton,
  type StateViewOptions,
} from './state/state-view.js';
export { stateStyles } from './state/state-styles.js';
export { componentStyles } from './element/component-styles.js';
export { renderControlsToggle, type ControlsToggleOptions } from './element/controls-toggle.js';
export { renderSourceView, type SourceViewOptions } from './element/source-view.js';
export { ICON_SHAPES, renderIcon } from './element/icon.js';
export { renderFact } from './element/fact.js';
export { renderText } from './element/shown-text.js';
export { renderUnreadableDate } from './element/unreadable-date.js';
export { ElementIds, toggled } from './element/disclosure.js';
export { cssProperties, type CssProperties } from './element/css-properties.js';
export type { ElementProps, SamTag, SamTagEvents } from './element/element-props.js';

// Elements
export { defineElement } from './define-element.js';
export { NOTICE_VARIANTS, SamNotice, type NoticeVariant } from './notice/notice.js';
export { SamStatus } from './status/status.js';
export { STATUS_SHAPES } from './status/status-shapes.js';
// Design tokens
export { THEMES, themeStyles, type Theme } from './theme/tokens.js';
