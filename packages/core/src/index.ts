// Side-effect free: elements are registered by `@samspill/core/define.js` (components import it).
export { defineElement } from './define-element.js';
export { DEFAULT_LOCALE, LOCALES, localeOf, resolveLocale, type Locale } from './locale.js';
export { NOTICE_VARIANTS, SamNotice, type NoticeVariant } from './notice/notice.js';
export { THEMES, themeStyles, type Theme } from './theme/tokens.js';
