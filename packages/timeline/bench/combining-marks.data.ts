// The benchmark patient (many-events.data.ts) with pathological text: every title a word and then one
// letter carrying `marks` combining acute accents, a cluster no real text has, whose layout, NFD and
// collation each cost the square of its length unless capped.
import type { FhirResource } from 'fhir/r4.js';
import { manyEvents } from './many-events.data.js';

export const BENCH_MARKS = 2_000;

/** Text of `marks` combining accents on one letter after `word`. */
export function combiningMarkText(word: string, marks = BENCH_MARKS): string {
  return `${word} a${'\u0301'.repeat(marks)}`;
}

/** `count` events, each Procedure, Condition, Immunization and document titled in combining marks. */
export function combiningMarkEvents(count: number, marks = BENCH_MARKS): FhirResource[] {
  return manyEvents(count).map((resource, index) => {
    const text = combiningMarkText(String(index), marks);
    switch (resource.resourceType) {
      case 'Procedure':
      case 'Condition':
        return { ...resource, code: { text } };
      case 'Immunization':
        return { ...resource, vaccineCode: { text } };
      case 'DocumentReference':
        return {
          ...resource,
          type: { text },
          content: [{ attachment: { contentType: 'application/pdf', title: text } }],
        };
      default:
        return resource;
    }
  });
}
