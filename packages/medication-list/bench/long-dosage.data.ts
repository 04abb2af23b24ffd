import type { Dosage, MedicationStatement } from 'fhir/r4.js';

/** How the lines of a long dosage are ordered: all sharing `sequence` 1, as many records send them, or none. */
export type DosageSequence = 'shared' | 'none';

// A statement with a very long dosage for the benchmarks: every other line text, the rest structured.
export function longDosage(lines: number, sequence: DosageSequence): MedicationStatement[] {
  const dosage = Array.from({ length: lines }, (_, i): Dosage => ({
    ...(sequence === 'shared' ? { sequence: 1 } : {}),
    ...(i % 2 === 0
      ? { text: `${(i % 4) + 1} tablett morgen og kveld, dag ${i}` }
      : {
          doseAndRate: [{ doseQuantity: { value: (i % 3) + 1, unit: 'tablett' } }],
          timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
        }),
  }));
  return [
    {
      resourceType: 'MedicationStatement',
      id: `long-${sequence}`,
      status: 'active',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: 'Paracetamol Tab 500 mg' },
      dosage,
    },
  ];
}
