// The language of this page: the EHR's when the launch says one (`lang` on the launch URL, `ui_locales`
// or `locale` in the launch context), otherwise `?lang=` when a link names one, otherwise the browser's.
import { resolveLocale, type Locale } from '@samspill/core/data.js';

export function pageLocale(fromLaunch?: Locale): Locale {
  const locale =
    fromLaunch ?? resolveLocale(new URL(window.location.href).searchParams.get('lang') ?? navigator.language);
  document.documentElement.lang = locale;
  return locale;
}
