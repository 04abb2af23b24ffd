// The source the views read: the EHR's, and where this deployment uses them (config.ts), the national
// services beside it — the national medication list (PLL) and Kjernejournal's critical information,
// each record named by where it came from, so the medication list can mark a medicine on both lists.
// The token exchange runs while the views load: the EHR's records come at once, the national ones when
// the exchange is done, and a failed exchange is each view's notice beside the EHR's records.
import { mergeSources, type FhirSource, type Locale } from '@samspill/core/data.js';
import { createSmartSource, type SmartSession } from '@samspill/smart';
import { exchangeToken, nationalSources } from '@samspill/smart/national.js';
import { nationalServices } from './config.js';
import { texts } from './texts.js';

export function appSource(session: SmartSession, locale: Locale): FhirSource {
  const ehr = createSmartSource(session);
  const services = nationalServices(session.fhirBaseUrl);
  if (services === undefined) return ehr;
  const national = exchangeToken(session, services);
  // For support: the views say in words what could not be read; the detail (redacted) goes here.
  national.catch((error: unknown) => {
    console.warn('The national services are not available:', error instanceof Error ? error.message : error);
  });
  return mergeSources([{ source: ehr, label: texts[locale].healthRecord }, ...nationalSources(national, { locale })]);
}
