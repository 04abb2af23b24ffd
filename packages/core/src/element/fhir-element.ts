import { consume } from '@lit/context';
import type { Bundle, Resource } from 'fhir/r4';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fhirContext, type FhirContextValue } from '../context/fhir-context.js';
import { localeOf, resolveLocale, type Locale } from '../locale.js';
import type { FhirSource } from '../source/fhir-source.js';
import { sharedCache } from '../source/request-cache.js';
import { createStaticSource } from '../source/static-source.js';

/** Resources handed to a component directly: one, a Bundle, or a list of either. */
export type ResourceInput = Resource | Bundle | readonly (Resource | Bundle)[];

/**
 * The inputs every Samspill component takes, the same way: `source` and `patient` from the
 * properties or from the nearest `<sam-fhir-context>`, or plain `resources` instead of a source,
 * and `locale` from the attribute, the context, or the nearest `lang` on the page.
 */
export abstract class SamFhirElement extends LitElement {
  /** Where FHIR data comes from. Overrides the context's source. */
  @property({ attribute: false }) source?: FhirSource | undefined;

  /** The patient to show: a logical id, with or without `Patient/`. Overrides the context's patient. */
  @property() patient?: string | undefined;

  /** Resources or Bundles to show instead of searching a source. */
  @property({ attribute: false }) resources?: ResourceInput | undefined;

  /** Language (`nb`, `nn`, `en`); by default the context's, else the nearest `lang` on the page. */
  @property() locale?: string | undefined;

  @consume({ context: fhirContext, subscribe: true })
  @state()
  protected fhirContext?: FhirContextValue;

  private staticSource?: { input: ResourceInput; source: FhirSource };

  /** The source in force: `resources`, else `source`, else the context's. */
  protected get dataSource(): FhirSource | undefined {
    if (this.resources !== undefined) {
      if (this.staticSource?.input !== this.resources) {
        this.staticSource = { input: this.resources, source: createStaticSource(this.resources) };
      }
      return this.staticSource.source;
    }
    if (this.source) return sharedCache(this.source);
    return this.fhirContext?.source;
  }

  /** The patient's logical id, without a `Patient/` prefix. */
  protected get patientId(): string | undefined {
    const patient = (this.patient ?? this.fhirContext?.patient)?.trim();
    return patient ? patient.replace(/^Patient\//, '') : undefined;
  }

  protected get effectiveLocale(): Locale {
    if (this.locale) return resolveLocale(this.locale);
    return this.fhirContext?.locale ?? localeOf(this);
  }
}
