// launch.html: the EHR opens this page with `?iss=&launch=`; launch() checks `iss` against the
// allowlist and leaves for the authorization server in this same window (never a popup).
import { createRoot } from 'react-dom/client';
import { launch } from '@samspill/smart';
import { CLIENT_ID, ISS_ALLOWLIST, REDIRECT_URI } from './config.js';
import { pageLocale } from './page-locale.js';
import { Busy, ErrorScreen, logLaunchError } from './screens.js';
import { texts } from './texts.js';

const locale = pageLocale();
const container = document.getElementById('root');
if (!container) throw new Error('launch.html has no #root');
const root = createRoot(container);
root.render(<Busy text={texts[locale].starting} />);
launch({ clientId: CLIENT_ID, redirectUri: REDIRECT_URI, issAllowlist: ISS_ALLOWLIST }).catch((error: unknown) => {
  logLaunchError(error);
  root.render(<ErrorScreen error={error} locale={locale} />);
});
