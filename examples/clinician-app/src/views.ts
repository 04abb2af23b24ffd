// The app's screens as plain DOM. Everything from the EHR is set as text, never as markup.
import type { Locale } from '@samspill/core/data.js';
import { isSmartError, messageFor, recoveryFor } from '@samspill/smart';
import { texts } from './texts.js';

/** A new element with text content and attributes. */
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

/** Terms and their values, as a description list. */
export function factList(facts: readonly (readonly [string, string])[]): HTMLElement {
  return element(
    'dl',
    {},
    ...facts.map(([term, value]) => element('div', {}, element('dt', {}, term), element('dd', {}, value))),
  );
}

/** Replaces the page body: a busy status while the launch works (`#busy`, removed when done). */
export function showBusy(text: string): void {
  document.body.replaceChildren(
    element('main', { id: 'busy', 'aria-busy': 'true' }, element('p', { role: 'status', class: 'busy' }, text)),
  );
}

/**
 * The error screen: a sentence for the person in front of the screen that says what happened and what
 * can help, a "Prøv igjen" button where a second try may mend it (`recoveryFor`), and the stable code
 * in small print (and as `data-error-code`) for support and tests. The developer detail goes to the
 * console, redacted. `retry` is what trying again means on this page (a reload: the session survives).
 */
export function showError(error: unknown, locale: Locale, retry?: () => void): void {
  const t = texts[locale];
  const code = isSmartError(error) ? error.code : 'unknown';
  console.warn(isSmartError(error) ? error.message : error);
  const section = element(
    'section',
    { class: 'error', role: 'alert', 'aria-labelledby': 'error-heading', 'data-error-code': code },
    element('h1', { id: 'error-heading' }, t.failed),
    element('p', { class: 'message' }, messageFor(error, locale)),
  );
  if (retry && recoveryFor(error) === 'retry') {
    const button = element('button', { type: 'button', class: 'retry' }, t.tryAgain);
    button.addEventListener('click', retry, { once: true });
    section.append(element('p', {}, button));
  }
  section.append(element('p', {}, element('small', {}, `${t.errorCode}: `, element('code', {}, code))));
  document.body.replaceChildren(element('main', { id: 'main' }, section));
}
