import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveLocale, type LocaleTag } from '../locale.js';
import type { FhirSource } from '../source/fhir-source.js';
import { sharedCache } from '../source/request-cache.js';
import { THEMES, type Theme } from '../theme/tokens.js';
import { fhirContext, type FhirContextValue } from './fhir-context.js';

/**
 * Gives every Samspill component inside it the data source, the patient, the language and the
 * theme, so an app wires them once. The source is wrapped in a page-wide request cache: three
 * components asking for the same search cause one request.
 *
 * @summary Provides source, patient, locale and theme to the components inside it.
 *
 * @slot - The components (and anything else) that share this context.
 */
export class SamFhirContext extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Where FHIR data comes from: a SMART session's source, a static source, or merged sources. */
  @property({ attribute: false }) source?: FhirSource | undefined;

  /** The patient in context: a logical id, with or without `Patient/`. */
  @property() patient?: string | undefined;

  /** Language of the components inside (`nb`, `nn`, `en`); sets `lang` on this element. */
  @property() locale?: LocaleTag | undefined;

  /** Colour theme of the components inside (`auto`, `light`, `dark`, `high-contrast`). */
  @property() theme?: Theme | undefined;

  @provide({ context: fhirContext }) protected value: FhirContextValue = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) this.toggleAttributeValue('lang', this.locale ? resolveLocale(this.locale) : undefined);
    if (changed.has('theme')) this.toggleAttributeValue('data-sam-theme', this.knownTheme);
    this.value = {
      ...(this.source ? { source: sharedCache(this.source) } : {}),
      ...(this.patient ? { patient: this.patient } : {}),
      ...(this.locale ? { locale: resolveLocale(this.locale) } : {}),
      ...(this.knownTheme ? { theme: this.knownTheme } : {}),
    };
  }

  private get knownTheme(): Theme | undefined {
    return THEMES.find((theme) => theme === this.theme);
  }

  private toggleAttributeValue(name: string, value: string | undefined): void {
    if (value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
