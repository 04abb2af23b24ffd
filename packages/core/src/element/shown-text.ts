import { html, type TemplateResult } from 'lit';
import { displayText } from '../format/display-text.js';
import { resolveLocale, type Locale } from '../locale.js';
import { sourceViewLabels } from './source-view.labels.js';

/**
 * Text from a record as a view renders it (`displayText`): a run of combining marks longer than any
 * real text cut, so laying it out takes time linear in its length, and kept from turning the text
 * beside it around. Cut text says so, and that the whole is in the source view ("Vis kilde").
 * Ordinary text comes back as it is: no element, no cost per row.
 */
export function renderText(value: string, locale?: Locale): string | TemplateResult {
  const { text, shortened } = displayText(value);
  if (!shortened) return text;
  return html`${text}<span class="sam-shortened"> ${sourceViewLabels[resolveLocale(locale)].shortened}</span>`;
}
