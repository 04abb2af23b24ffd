// Server-side HTML with every interpolated value escaped: patient names and request paths come from
// data and clients, and must never become markup.

import { escapeHtml } from '../http.js';

/** Markup that is already safe (built by `html`), as opposed to text to escape. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = string | number | SafeHtml | readonly Value[] | undefined | null | false;

function render(value: Value): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return (value as readonly Value[]).map(render).join('');
  return escapeHtml(String(value));
}

/** A template literal tag: `html\`<p>${name}</p>\`` escapes `name`, keeps nested `html` results. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, string, i) => out + string + (i < values.length ? render(values[i]) : ''), ''),
  );
}
