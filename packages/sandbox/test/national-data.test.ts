// The national data keeps the shapes it was adapted from: the PLL document uses the SFM extensions of
// @samspill/fixtures' real-world/sfm document, resource-level and inside dosage, and no other. (The
// fixture's metformin row, with its structured dosing and coded bruksområde, is left out.)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Bundle, Extension, MedicationStatement } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { pllDocument } from '../src/national/pll-document.js';

const FIXTURE = fileURLToPath(import.meta.resolve('@samspill/fixtures/data/real-world/sfm/Bundle-pll-document.json'));

function urls(extensions: readonly Extension[] | undefined): string[] {
  return (extensions ?? []).flatMap((extension) => [
    extension.url,
    ...urls(extension.extension).map((sub) => `${extension.url}#${sub}`),
  ]);
}

function shapes(bundle: Bundle): { resource: Set<string>; dosage: Set<string> } {
  const statements = (bundle.entry ?? []).flatMap((entry) =>
    entry.resource?.resourceType === 'MedicationStatement' ? [entry.resource] : [],
  ) as MedicationStatement[];
  return {
    resource: new Set(statements.flatMap((statement) => urls(statement.extension))),
    dosage: new Set(
      statements.flatMap((statement) => (statement.dosage ?? []).flatMap((dosage) => urls(dosage.extension))),
    ),
  };
}

describe('the PLL document', () => {
  it('uses the fixture document’s SFM extensions, each where the fixture has it', async () => {
    const fixture = JSON.parse(await readFile(FIXTURE, 'utf8')) as Bundle;
    const built = pllDocument({ resourceType: 'Patient', id: 'kari' }, 'http://127.0.0.1/nasjonal/fhir', new Date(0));
    const expected = shapes(fixture);
    const actual = shapes(built);
    for (const url of actual.resource) expect(expected.resource, url).toContain(url);
    for (const url of actual.dosage) expect(expected.dosage, url).toContain(url);
    const sfm = 'http://ehelse.no/fhir/StructureDefinition';
    for (const url of ['sfm-regInfo', 'sfm-reseptamendment', 'sfm-discontinuation'])
      expect(actual.resource).toContain(`${sfm}/${url}`);
    expect(actual.resource).toContain('effectiveDateTime');
    for (const url of ['sfm-use', 'sfm-shortdosage', 'sfm-application-area'])
      expect(actual.dosage).toContain(`${sfm}/${url}`);
  });

  it('is a document whose Composition lists every MedicationStatement and resolves every reference in it', () => {
    const built = pllDocument({ resourceType: 'Patient', id: 'kari' }, 'http://127.0.0.1/nasjonal/fhir', new Date(0));
    const keys = new Set(
      (built.entry ?? []).map((entry) => `${entry.resource?.resourceType ?? ''}/${entry.resource?.id ?? ''}`),
    );
    const text = JSON.stringify(built);
    for (const [, reference] of text.matchAll(/"reference":"([^"]+)"/g)) expect(keys, reference).toContain(reference);
    expect(built.identifier?.value).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  });
});
