// `@samspill/core/style.js`: reading an EHR's SMART style document, apart from the rest of core so an
// app (or @samspill/smart) loads the colour parsing and contrast checks only when there is a style
// document to read. Everything here is also exported from `@samspill/core/data.js`.
export {
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
