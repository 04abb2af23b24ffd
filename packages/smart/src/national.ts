// @samspill/smart/national.js: the national services (PLL through SFM, Kjernejournal) beside the EHR's
// own data. An EHR session's token exchanged at HelseID (RFC 8693) for a DPoP-bound national token, and
// sources over it. A module of its own, so a page that never asks the national services never loads it.
export { exchangeToken, type ExchangeOptions, type NationalSession } from './national-session.js';
export {
  NATIONAL_SERVICES,
  NATIONAL_SERVICE_TYPES,
  nationalSourceLabel,
  nationalSources,
  type NationalService,
  type NationalSourcesOptions,
} from './national-sources.js';
export { ACCESS_TOKEN_TYPE, TOKEN_EXCHANGE_GRANT } from './token-exchange.js';
