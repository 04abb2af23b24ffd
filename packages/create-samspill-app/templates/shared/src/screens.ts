// The page's screens as plain DOM: busy while the launch works, and the one error screen. Text from
// the EHR is always set as text, never as markup.
import type { Locale } from '@samspill/core/data.js';
import { errorReport, logError } from './errors.js';
import { texts } from './texts.js';

/** A new element with attributes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Replaces the page with a status line. */
export function showBusy(text: string): void {
  document.body.replaceChildren(
    element('main', { id: 'main', 'aria-busy': 'true' }, element('p', { role: 'status', class: 'busy' }, text)),
  );
}

/**
 * Replaces the page with the error screen: what happened in the user's language and the error's code
 * (also as `data-error-code`, for support and tests). In development, the detail too.
 */
export function showError(error: unknown, locale: Locale): void {
  logError(error);
  const t = texts[locale];
  const { code, message, detail } = errorReport(error, locale);
  const section = element(
    'section',
    { class: 'error', role: 'alert', 'aria-labelledby': 'error-heading', 'data-error-code': code },
    element('h1', { id: 'error-heading' }, t.failed),
    element('p', {}, message),
    element('p', {}, element('small', {}, `${t.errorCode}: `, element('code', {}, code))),
  );
  if (import.meta.env.DEV) {
    section.append(element('details', {}, element('summary', {}, t.details), element('pre', {}, detail)));
  }
  document.body.replaceChildren(element('main', { id: 'main' }, section));
}
