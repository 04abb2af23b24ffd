// launch.html: the EHR opens this page with `?iss=…&launch=…`. launch() checks `iss` against the
// allowlist, finds the EHR's sign-in and leaves for it in this same window (never a popup); the EHR
// then sends the user to index.html. Opened with `?iss=` alone, it is a standalone launch: the user
// picks the patient at the EHR.
import { launch } from '@samspill/smart';
import { CLIENT_ID, ISS_ALLOWLIST, REDIRECT_URI } from './config.js';
import { showBusy, showError } from './screens.js';
import { pageLocale, texts } from './texts.js';

const locale = pageLocale();
showBusy(texts[locale].starting);
launch({ clientId: CLIENT_ID, redirectUri: REDIRECT_URI, issAllowlist: ISS_ALLOWLIST }).catch((error: unknown) => {
  showError(error, locale);
});
