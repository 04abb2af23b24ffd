// Markup rendered as a server renders it with @lit-labs/ssr. wtr-ssr.mjs loads this through Vite, in the
// same module graph as the components' definitions, so both see one copy of Lit.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

/**
 * Every defined custom element in `markup` with its shadow root as a declarative
 * `<template shadowrootmode="open">`, and the markers Lit hydrates from.
 * @param {string} markup trusted HTML: it becomes the template itself
 * @returns {Promise<string>}
 */
export function renderMarkup(markup) {
  return collectResult(render(html`${unsafeStatic(markup)}`));
}
