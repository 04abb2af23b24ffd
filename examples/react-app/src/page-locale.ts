// The language of this page: `?lang=` when the EHR or a link names one, otherwise the browser's.
import { resolveLocale, type Locale } from '@samspill/core/data.js';

export function pageLocale(): Locale {
  const locale = resolveLocale(new URL(window.location.href).searchParams.get('lang') ?? navigator.language);
  document.documentElement.lang = locale;
  return locale;
}
