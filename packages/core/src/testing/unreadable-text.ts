// What a clinician must never read in a rendered view, whatever data came in: a raw `Type/id`, a
// leaked `undefined`, `NaN` or `[object Object]`, or an English month or weekday in a Norwegian view.
import type { Locale } from '../locale.js';

// Resource types a reference may name: a raw "Encounter/4711" means nothing to a clinician.
const RAW_REFERENCE =
  /\b(?:Account|AllergyIntolerance|Appointment|Basic|Binary|CarePlan|CareTeam|Composition|Condition|Consent|Coverage|Device|DiagnosticReport|DocumentReference|Encounter|EpisodeOfCare|Goal|Group|HealthcareService|Immunization|List|Location|Medication|MedicationAdministration|MedicationDispense|MedicationRequest|MedicationStatement|Observation|Organization|Patient|Practitioner|PractitionerRole|Procedure|Provenance|QuestionnaireResponse|RelatedPerson|ServiceRequest|Specimen|Substance|Task)\/[A-Za-z0-9\-.]{1,64}\b/;
const LEAKED = /\bundefined\b|\bNaN\b|\[object \w+\]|Invalid Date/;
const ENGLISH_DATE_WORDS =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;

// What Intl writes for a date in English ("Thursday, January 15, 2026", "15 January 2026"): in a
// Norwegian view that is a formatter that fell back, wherever it stands.
const ENGLISH_DATE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b|\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), /;

/**
 * The text of a node and of every shadow root under it, element by element, visible or not; and the
 * texts of its `<time>` elements, which say a date whatever the data's own language.
 */
function textsOf(node: Node): { texts: string[]; times: string[] } {
  const texts: string[] = [];
  const times: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeType === Node.TEXT_NODE) {
      const value = current.textContent?.trim();
      if (value) texts.push(value);
      return;
    }
    if (current instanceof Element) {
      // Attributes a screen reader or a tooltip reads out are text too.
      for (const name of ['aria-label', 'title', 'alt']) {
        const value = current.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
      if (current.localName === 'time') times.push(current.textContent.trim());
      if (current.shadowRoot) walk(current.shadowRoot);
    }
    current.childNodes.forEach(walk);
  };
  walk(node);
  return { texts, times };
}

export interface UnreadableTextOptions {
  /** The input as JSON: an English date the data wrote itself ("starting January 16, 2015") is its own words. */
  readonly input?: string;
}

/**
 * The texts under `root` (shadow roots included) that a clinician must not read; empty when all is
 * well. Under nb and nn no date may be English: not in a `<time>` element, and nowhere in the form
 * `Intl` writes an English date, unless the data wrote it so.
 */
export function unreadableTexts(root: Node, locale: Locale, options: UnreadableTextOptions = {}): string[] {
  const { texts, times } = textsOf(root);
  const problems = texts.filter((text) => RAW_REFERENCE.test(text) || LEAKED.test(text));
  if (locale !== 'en') {
    const written = (text: string): boolean => {
      const date = ENGLISH_DATE.exec(text)?.[0];
      return date !== undefined && options.input?.includes(date) === true;
    };
    problems.push(...texts.filter((text) => ENGLISH_DATE.test(text) && !written(text)));
    problems.push(...times.filter((text) => ENGLISH_DATE_WORDS.test(text)));
  }
  return [...new Set(problems)];
}
