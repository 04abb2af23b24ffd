import { consume } from '@lit/context';
import type { Bundle, Resource } from 'fhir/r4.js';
import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { fhirContext, type FhirContextValue } from '../context/fhir-context.js';
import { loadLocale, localeLoaded, type LocalePack } from '../i18n/locale-pack.js';
import type { LoadedPatientData } from '../load/patient-load.js';
import type { SearchOutcome } from '../load/search-outcome.js';
import { localeOf, resolveLocale, type Locale, type LocaleTag } from '../locale.js';
import { coreLocales } from '../locales/pack.js';
import type { FhirSource } from '../source/fhir-source.js';
import { sharedCache } from '../source/request-cache.js';
import { deferredStaticSource } from '../source/deferred-static-source.js';
import { DataController } from '../state/data-controller.js';
import { Hydration } from './hydration.js';

/** Resources handed to a component directly: one, a Bundle, or a list of either. */
export type ResourceInput = Resource | Bundle | readonly (Resource | Bundle)[];

/** What a component says about its data; `SamFhirElement.patientData` does the rest. */
export interface PatientDataOptions<T> {
  /** Inputs besides the source, patient, resources and locale that the model depends on (`now`, a time zone). */
  readonly args?: () => readonly unknown[];
  /** The component's data step: its searches for one patient, through a `PatientLoad`. */
  readonly load: (source: FhirSource, patient: string, signal: AbortSignal) => Promise<LoadedPatientData>;
  /**
   * Resources → the view's model: the loaded ones with what they refer to and how each search went
   * (a model can tell a reference it could not resolve from one to a type the app was not granted),
   * or, given `resources` and no patient, everything given (`related` and `outcomes` empty).
   */
  readonly model: (
    resources: ResourceInput | readonly Resource[] | undefined,
    related: readonly Resource[],
    outcomes: readonly SearchOutcome[],
  ) => T;
  readonly isEmpty: (data: T) => boolean;
}

/**
 * The inputs every Samspill component takes, the same way: `source` and `patient` from the
 * properties or from the nearest `<sam-fhir-context>`, or plain `resources` instead of a source,
 * and `locale` from the attribute, the context, or the nearest `lang` on the page.
 */
export abstract class SamFhirElement extends LitElement {
  /**
   * The strings the element shows besides bokmål, fetched when it is first shown in nynorsk or
   * English. A component adds its own package's pack to core's.
   */
  static localePacks: readonly LocalePack[] = [coreLocales];

  /** Where FHIR data comes from. Overrides the context's source. */
  @property({ attribute: false }) source?: FhirSource | undefined;

  /** The patient to show: a logical id, with or without `Patient/`. Overrides the context's patient. */
  @property() patient?: string | undefined;

  /** Resources or Bundles to show instead of searching a source. */
  @property({ attribute: false }) resources?: ResourceInput | undefined;

  /** Language (`nb`, `nn`, `en`); by default the context's, else the nearest `lang` on the page. */
  @property() locale?: LocaleTag | undefined;

  @consume({ context: fhirContext, subscribe: true })
  @state()
  protected fhirContext?: FhirContextValue;

  private staticSource?: { input: ResourceInput; source: FhirSource };

  /** Locales whose strings could not be fetched here: not fetched again on every update. */
  private readonly unloadableLocales = new Set<Locale>();

  /** Server-rendered DOM to take over: until then, render as the server did (idle, its language). */
  private readonly hydration = new Hydration(this);

  /** The source in force: `resources`, else `source`, else the context's. */
  protected get dataSource(): FhirSource | undefined {
    if (this.resources !== undefined) {
      if (this.staticSource?.input !== this.resources) {
        this.staticSource = { input: this.resources, source: deferredStaticSource(this.resources) };
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
    // The server saw neither the context nor the page: only the element's own `lang`.
    if (this.hydration.pending) return resolveLocale(this.getAttribute('lang'));
    return this.fhirContext?.locale ?? localeOf(this);
  }

  /**
   * The component's data, loaded and modelled again whenever the source, patient, resources,
   * locale or `options.args` change: idle without a source, then loading, then data, empty,
   * partial or error, with one outcome per search for the state view.
   */
  protected patientData<T>(options: PatientDataOptions<T>): DataController<T> {
    return new DataController<T>(this, {
      args: () => [
        this.hydration.pending,
        this.dataSource,
        this.patientId,
        this.resources,
        this.effectiveLocale,
        ...(options.args?.() ?? []),
      ],
      ready: () =>
        !this.hydration.pending &&
        this.dataSource !== undefined &&
        (this.patientId !== undefined || this.resources !== undefined),
      isEmpty: options.isEmpty,
      load: async (signal) => {
        const patient = this.patientId;
        const source = this.dataSource;
        // The model words the data: its strings first, fetched while the searches run.
        const strings = this.localeStrings(this.effectiveLocale);
        // Resources without a patient: everything given is the view.
        if (patient === undefined || source === undefined) {
          const languageFallback = await strings;
          return { data: options.model(this.resources, [], []), outcomes: [], languageFallback };
        }
        const loaded = await options.load(source, patient, signal);
        const languageFallback = await strings;
        return {
          data: options.model(loaded.resources, loaded.related, loaded.outcomes),
          outcomes: loaded.outcomes,
          languageFallback,
        };
      },
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Headings and labels outside the data: shown in bokmål until the locale's strings are here.
    const locale = this.effectiveLocale;
    const packs = (this.constructor as typeof SamFhirElement).localePacks;
    if (!localeLoaded(locale, packs) && !this.unloadableLocales.has(locale)) {
      void this.localeStrings(locale).then(() => {
        this.requestUpdate();
      });
    }
  }

  /** Fetches the element's strings for a locale; resolves to the locale if they could not be fetched. */
  private async localeStrings(locale: Locale): Promise<Locale | undefined> {
    try {
      await loadLocale(locale, (this.constructor as typeof SamFhirElement).localePacks);
      this.unloadableLocales.delete(locale);
      return undefined;
    } catch {
      this.unloadableLocales.add(locale);
      return locale;
    }
  }
}
