// What an app tells the reader when it left parts of the EHR's style document unused: one sentence per
// refused field (`readSmartStyle`), for a notice. The values come from outside: each is isolated, so a
// right-to-left override in one cannot turn the sentence around it.
import { formatNumber } from '../format/quantity.js';
import { isolateBidi } from '../format/display-text.js';
import { defineCatalogue } from '../i18n/catalogue.js';
import { resolveLocale, type LocaleTag } from '../locale.js';
import type { RefusedStyleField } from './smart-style.js';

export const smartStyleMessages = defineCatalogue({
  heading: 'Noe av journalsystemets utseende er ikke brukt',
  kept: 'Appens egne farger og mål er brukt i stedet, så teksten forblir lesbar.',
  color_background: 'Bakgrunnsfargen',
  color_text: 'Tekstfargen',
  color_highlight: 'Uthevingsfargen',
  color_error: 'Fargen for feil',
  color_success: 'Fargen for fullført',
  color_modal_backdrop: 'Bakgrunnen bak dialoger',
  dim_border_radius: 'Hjørneavrundingen',
  dim_font_size: 'Skriftstørrelsen',
  dim_spacing_size: 'Avstanden',
  font_family_body: 'Skrifttypen',
  font_family_heading: 'Skrifttypen for overskrifter',
  unreadable: (what: string, value: string) => `${what}${value} kan ikke leses.`,
  translucent: (what: string, value: string) => `${what}${value} er gjennomsiktig.`,
  lowContrast: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} gir for svak kontrast: ${actual}:1, minst ${required}:1 trengs.`,
  tooSmall: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} er ${actual} px, mindre enn ${required} px.`,
  tooLarge: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} er ${actual} px, større enn ${required} px.`,
});

/** A notice's words for the refused fields: a heading, a sentence per field, and what was done instead. */
export function describeRefusedStyle(
  refused: readonly RefusedStyleField[],
  locale?: LocaleTag,
): { heading: string; lines: string[]; kept: string } {
  const language = resolveLocale(locale);
  const t = smartStyleMessages[language];
  const number = (value: number | undefined) => formatNumber(value ?? 0, { locale: language });
  const lines = refused.map(({ field, value, reason, actual, required }) => {
    const what = Object.hasOwn(t, field) ? t[field] : field;
    const shown = value ? ` (${isolateBidi(value)})` : '';
    switch (reason) {
      case 'unreadable':
        return t.unreadable(what, shown);
      case 'translucent':
        return t.translucent(what, shown);
      case 'low-contrast':
        return t.lowContrast(what, shown, number(actual), number(required));
      case 'too-small':
        return t.tooSmall(what, shown, number(actual), number(required));
      case 'too-large':
        return t.tooLarge(what, shown, number(actual), number(required));
    }
  });
  return { heading: t.heading, lines, kept: t.kept };
}
