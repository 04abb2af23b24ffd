// launch.html: the EHR opens this page with `?iss=&launch=`; launch() checks `iss` against the
// allowlist and leaves for the authorization server in this same window (never a popup).
import { launch } from '@samspill/smart';
import { CLIENT_ID, ISS_ALLOWLIST, REDIRECT_URI, subscriptionKey } from './config.js';
import { pageLocale } from './page-locale.js';
import { texts } from './texts.js';
import { showBusy, showError } from './views.js';

const locale = pageLocale();
showBusy(texts[locale].starting);
launch({ clientId: CLIENT_ID, redirectUri: REDIRECT_URI, issAllowlist: ISS_ALLOWLIST, subscriptionKey }).catch(
  (error: unknown) => {
    // Trying again repeats the launch the EHR asked for.
    showError(error, locale, () => {
      location.reload();
    });
  },
);
