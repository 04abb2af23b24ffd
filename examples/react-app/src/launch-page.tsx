// launch.html: the EHR opens this page with `?iss=&launch=`; launch() checks `iss` against the
// allowlist and leaves for the authorization server in this same window (never a popup).
import { createRoot } from 'react-dom/client';
import { launch } from '@samspill/smart';
// The clinician app's words, configuration and look: this is the same screen, rendered by React.
import '../../clinician-app/src/app.css';
import { CLIENT_ID, ISS_ALLOWLIST, REDIRECT_URI } from '../../clinician-app/src/config.js';
import { pageLocale } from '../../clinician-app/src/page-locale.js';
import { texts } from '../../clinician-app/src/texts.js';
import { Busy, ErrorScreen, logLaunchError } from './screens.js';

const locale = pageLocale();
const container = document.getElementById('root');
if (!container) throw new Error('launch.html has no #root');
const root = createRoot(container);
root.render(<Busy text={texts[locale].starting} />);
launch({ clientId: CLIENT_ID, redirectUri: REDIRECT_URI, issAllowlist: ISS_ALLOWLIST }).catch((error: unknown) => {
  logLaunchError(error);
  root.render(<ErrorScreen error={error} locale={locale} />);
});
