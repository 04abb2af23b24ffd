// How an entry is taken and why: its dosages and route, its bruk (fast, kur, ved behov) and its
// indication, falling back to those of the prescription it absorbed.
import type { CodeableConcept } from 'fhir/r4.js';
import { formatCodeableConcept, untrusted } from '@samspill/core/data.js';
import { conceptText } from './concept-text.js';
import type { Context, Entry, Kind } from './medication-entry.js';
import { resolve } from './medication-reference.js';
import { applicationAreaOf } from './medication-sfm.js';
import { USE_EXTENSION, USE_SYSTEM, type MedicationUse } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

// What a dosage may carry and still say nothing about how much or when: its order and SFM's bruk.
const NOT_DOSING = new Set(['sequence', 'extension', 'id']);

export function hasContent(dosages: unknown): boolean {
  return list(dosages).some((dosage) => {
    const fields = element(dosage);
    return fields !== undefined && Object.keys(fields).some((key) => !NOT_DOSING.has(key));
  });
}

export function dosagesOf(fields: Fields, kind: Kind, requests: readonly Entry[]): unknown {
  const own = kind === 'MedicationStatement' ? fields.dosage : fields.dosageInstruction;
  if (list(own).length > 0) return own;
  for (const request of requests) {
    const theirs = request.fields?.dosageInstruction;
    if (list(theirs).length > 0) return theirs;
  }
  return own;
}

export function routeOf(dosages: unknown, context: Context): string {
  const routes = list(dosages).map((dosage) => conceptText(element(dosage)?.route, context));
  return [...new Set(routes.filter(Boolean))].join(', ');
}

const USE_CODES = new Map<string, MedicationUse>([
  ['1', 'fast'],
  ['2', 'kur'],
  ['3', 'ved-behov'],
]);

export function useOf(resources: readonly (Fields | undefined)[], dosages: unknown): MedicationUse | undefined {
  // SFM puts bruk in each dosage; older shapes and other servers on the resource.
  for (const fields of [...list(dosages).map(element), ...resources]) {
    for (const extension of list(fields?.extension)) {
      const ext = element(extension);
      const url = text(ext?.url);
      const codings = [element(ext?.valueCoding), ...list(element(ext?.valueCodeableConcept)?.coding).map(element)];
      for (const coding of codings) {
        if (!coding) continue;
        const system = text(coding.system);
        if (system !== USE_SYSTEM && url !== USE_EXTENSION) continue;
        const use = USE_CODES.get(text(coding.code)) ?? useFromWords(text(coding.display));
        if (use) return use;
      }
    }
  }
  // Without bruk, a medicine taken only as needed is "ved behov" all the same.
  const entries = list(dosages).map(element);
  const asNeeded = (dosage: Fields | undefined): boolean =>
    dosage?.asNeededBoolean === true || element(dosage?.asNeededCodeableConcept) !== undefined;
  return entries.length > 0 && entries.every(asNeeded) ? 'ved-behov' : undefined;
}

function useFromWords(words: string): MedicationUse | undefined {
  if (/^fast$/i.test(words)) return 'fast';
  if (/^kur$/i.test(words)) return 'kur';
  if (/^ved behov$/i.test(words)) return 'ved-behov';
  return undefined;
}

export function indicationOf(entries: readonly Entry[], dosages: unknown, context: Context): string {
  const area = applicationAreaOf(
    entries.map((entry) => entry.fields),
    dosages,
    context,
  );
  if (area) return area;
  for (const entry of entries) {
    for (const extension of list(entry.fields?.extension)) {
      const ext = element(extension);
      if (!/application-?area|bruksomr/i.test(text(ext?.url))) continue;
      const shown = text(ext?.valueString) || conceptText(ext?.valueCodeableConcept, context);
      if (shown) return shown;
    }
  }
  for (const entry of entries) {
    const reasons = list(entry.fields?.reasonCode)
      .map((reason) => formatCodeableConcept(element(reason) as CodeableConcept | undefined, context.format))
      .filter(Boolean);
    if (reasons.length > 0) return [...new Set(reasons)].join('; ');
    const referenced = list(entry.fields?.reasonReference)
      .map((reason) => {
        const ref = element(reason);
        const condition = ref && entry.fields ? resolve(ref, entry.fields, context) : undefined;
        return conceptText(condition?.code, context) || text(ref?.display);
      })
      .filter(Boolean);
    if (referenced.length > 0) return [...new Set(referenced)].join('; ');
  }
  return '';
}
