// The markers a row carries across its resources: self-reported, multidose, a member of the PLL,
// and a guardian reservation (vergeinnsynsreservasjon).
import { untrusted } from '@samspill/core/data.js';
import type { Context, Entry } from './medication-entry.js';
import { referenceType, resolve } from './medication-reference.js';
import type { MedicationFlags } from './medication-row.js';

const { element, list, text } = untrusted;
type Fields = untrusted.Fields;

export function flagsOf(entries: readonly Entry[], context: Context): MedicationFlags {
  let selfReported = false;
  let multidose = false;
  let pll = false;
  let guardianReservation = false;
  for (const entry of entries) {
    const fields = entry.fields;
    if (!fields) continue;
    if (fields.reportedBoolean === true) selfReported = true;
    for (const name of ['reportedReference', 'informationSource'] as const) {
      const reference = element(fields[name]);
      const type = reference ? referenceType(reference, resolve(reference, fields, context)) : '';
      if (type === 'Patient' || type === 'RelatedPerson') selfReported = true;
    }
    for (const identifier of list(fields.identifier)) {
      const id = element(identifier);
      const type = element(id?.type);
      const named = [text(type?.text), ...list(type?.coding).map((coding) => text(element(coding)?.code))];
      if (named.some((name) => /^pll(-?id)?$/i.test(name)) || /pll/i.test(text(id?.system))) pll = true;
    }
    for (const extension of list(fields.extension)) {
      const ext = element(extension);
      const url = text(ext?.url);
      if (/multi-?dose/i.test(url) && isTrue(ext)) multidose = true;
      if (/guardian-?transparency-?reservation|vergeinnsyn/i.test(url) && isTrue(ext)) guardianReservation = true;
    }
  }
  return { selfReported, multidose, pll, guardianReservation };
}

function isTrue(extension: Fields | undefined): boolean {
  if (extension?.valueBoolean === true) return true;
  const coding = element(extension?.valueCoding);
  return /^(true|1|ja|yes)$/i.test(text(coding?.code));
}
