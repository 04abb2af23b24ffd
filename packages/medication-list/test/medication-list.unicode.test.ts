// Pathological Unicode in the medication list's text paths: sorting and searching stay bounded by the
// text's length, never by the square of a run of combining marks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { medicationRows } from '../src/medication-list.model.js';
import { filterMedications, searchable, sortMedications } from '../src/medication-order.js';
import type { MedicationStatement } from 'fhir/r4.js';

const MARKS = 100_000;
const longestRun = (text: string) =>
  Math.max(0, ...[...text.matchAll(/\p{M}+/gu)].map(([run]) => Array.from(run).length));
const zalgo = (base: string) =>
  base + Array.from({ length: MARKS }, (_, i) => String.fromCharCode(0x300 + ((i * 7) % 0x70))).join('');

const statement = (id: string, name: string): MedicationStatement => ({
  resourceType: 'MedicationStatement',
  id,
  status: 'active',
  subject: { reference: 'Patient/p1' },
  medicationCodeableConcept: { text: name },
});

/** An object holding `name` as `target` has it now: spied on, the original stays reachable through it. */
function originalOf(target: object, name: string): object {
  return Object.defineProperty({}, name, Object.getOwnPropertyDescriptor(target, name)!);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('medication rows with pathological names', () => {
  it('are sorted by name with the collator handed names whose runs of marks are capped', () => {
    const compared: string[] = [];
    const original = originalOf(Intl.Collator.prototype as object, 'compare');
    vi.spyOn(Intl.Collator.prototype, 'compare', 'get').mockImplementation(function (this: Intl.Collator) {
      const compare = Reflect.get(original, 'compare', this) as Intl.Collator['compare'];
      return (a: string, b: string) => {
        compared.push(a, b);
        return compare(a, b);
      };
    });
    const rows = medicationRows(
      ['Paracet', 'Albyl', 'Metformin'].map((name, i) => statement(`m${String(i)}`, zalgo(name))),
    );
    const sorted = sortMedications(rows, 'name');
    expect(sorted.map((row) => row.name.slice(0, 5))).toEqual(['Albyl', 'Metfo', 'Parac']);
    expect(sorted[0]?.name.length).toBeGreaterThan(MARKS);
    expect(compared.length).toBeGreaterThan(0);
    expect(Math.max(...compared.map(longestRun))).toBe(30);
  });

  it('are searched without decomposing (NFD) a run of marks, and found', () => {
    const normalised: number[] = [];
    const normalize = originalOf(String.prototype, 'normalize');
    vi.spyOn(String.prototype, 'normalize').mockImplementation(function (this: string, form?: string) {
      normalised.push(this.length);
      return Reflect.apply(Reflect.get(normalize, 'normalize') as () => string, this, [form]) as string;
    });
    expect(searchable(zalgo('Ibúx'))).toBe('ibux');
    const rows = medicationRows([statement('m1', zalgo('Ibux'))]);
    expect(filterMedications(rows, { text: 'ibux' })).toHaveLength(1);
    expect(Math.max(...normalised)).toBeLessThan(60);
  });
});
