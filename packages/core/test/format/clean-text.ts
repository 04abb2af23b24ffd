// What "a formatter is total" means, shared by the property-based tests: for any input it returns a
// string without the traces of a missing value, a bad number or a serialised object.
import fc from 'fast-check';
import { expect } from 'vitest';

export const FORBIDDEN = ['undefined', 'null', 'NaN', 'Infinity', '[object Object]', 'Invalid Date', '{"', '":'];

/** Any JavaScript value, including the odd ones JSON never makes (boxed, sparse, typed arrays). */
export const anything = fc.anything({
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withBoxedValues: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Every string inside a value, keys included: a word the input itself carries may be shown as text. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || value instanceof Date) return [];
  const entries = value instanceof Map || value instanceof Set ? [...value.entries()] : Object.entries(value);
  return entries.flat().flatMap(stringsIn);
}

/** The output is a string, free of every forbidden word that the inputs did not themselves contain. */
export function expectClean(text: unknown, ...inputs: unknown[]): void {
  expect(typeof text).toBe('string');
  const given = stringsIn(inputs);
  for (const word of FORBIDDEN) {
    if (!given.some((input) => input.includes(word))) expect(text).not.toContain(word);
  }
}
