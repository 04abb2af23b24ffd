import { readFixture, readFixtureSet } from '@samspill/fixtures/node';
import type { CodeableConcept, Condition, Medication } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import {
  ATC_SYSTEM,
  FEST_SYSTEM,
  atcCode,
  findCoding,
  formatCodeableConcept,
  formatCoding,
  isFestSystem,
} from '../../src/format/codeable-concept.js';

const ICD10_OID = 'urn:oid:2.16.578.1.12.4.1.1.7110';
const FEST_GUID = 'ID_2ABAC272-0BCF-43F0-84BE-984074D92E15';

function medication(path: string): Medication {
  return readFixture(`norway/fhi-lmdi/${path}`) as Medication;
}

/** LMDI carries ATC in an extension next to the FEST code. */
function classification(resource: Medication): CodeableConcept | undefined {
  return resource.extension?.find((extension) => extension.url.endsWith('/legemiddel-classification'))
    ?.valueCodeableConcept;
}

describe('formatCodeableConcept with the LMDI medications', () => {
  it.each([
    ['Medication-Legemiddel-FestLegemiddelMerkevare.json', 'Paracet tab 500 mg'],
    ['Medication-Legemiddel-FestLegemiddelVirkestoff.json', 'Oksykodon mikst oppl 1 mg/ml'],
    ['Medication-Legemiddel-FestLegemiddeldose.json', 'NovoRapid Flexpen inj, oppl 100 E/ml'],
    ['Medication-Legemiddel-FestLegemiddelpakning.json', 'Monoket retard depottab 50 mg'],
    ['Medication-Legemiddel-Varenummer.json', 'Paracet mikst oppl 24 mg/ml'],
    ['Medication-Legemiddel-SCT.json', 'paracetamol tab 500 mg'],
  ])('shows the FEST NavnFormStyrke of %s', (path, expected) => {
    expect(formatCodeableConcept(medication(path).code)).toBe(expected);
  });

  it('never shows a FEST catalogue key from any Norwegian medication, in any language', () => {
    const medications = [...readFixtureSet('norway/fhi-lmdi'), ...readFixtureSet('norway/hl7norway-lmdi-archived')]
      .map(({ resource }) => resource)
      .filter((resource): resource is Medication => resource.resourceType === 'Medication');
    expect(medications.length).toBeGreaterThan(10);
    for (const resource of medications) {
      for (const locale of ['nb', 'nn', 'en'] as const) {
        const shown = formatCodeableConcept(resource.code, { locale });
        for (const coding of resource.code?.coding ?? []) {
          if (coding.code?.includes('-')) expect(shown).not.toContain(coding.code);
        }
      }
    }
  });

  it('finds the ATC code next to a FEST code, for grouping by substance', () => {
    const paracet = classification(medication('Medication-Legemiddel-FestLegemiddelMerkevare.json'));
    expect(atcCode(paracet)).toBe('N02BE01');
    expect(formatCodeableConcept(paracet)).toBe('Paracetamol');
    expect(atcCode(medication('Medication-Legemiddel-FestLegemiddelMerkevare.json').code)).toBeUndefined();
  });
});

describe('formatCodeableConcept with the Norwegian diagnoses', () => {
  it('prefers the text over every coding', () => {
    const condition = readFixture('norway/hl7norway-lmdi-archived/Condition-Diagnose-2-SNOMED-CT.json') as Condition;
    expect(formatCodeableConcept(condition.code)).toBe('Høydeskrekk');
  });

  it('shows the ICD-10 display, not the code', () => {
    const condition = readFixture('norway/fhi-lmdi/Condition-Diagnose-ICD10.json') as Condition;
    expect(formatCodeableConcept(condition.code)).toBe('Angina pectoris');
  });
});

describe('formatCodeableConcept picks a coding', () => {
  it('prefers a FEST display over ATC and others, wherever it is in the list', () => {
    const concept: CodeableConcept = {
      coding: [
        { system: ATC_SYSTEM, code: 'N02BE01', display: 'Paracetamol' },
        { system: FEST_SYSTEM, code: FEST_GUID, display: 'Paracet Tab 500 mg' },
      ],
    };
    expect(formatCodeableConcept(concept)).toBe('Paracet Tab 500 mg');
  });

  it('prefers the coding the user selected over the first', () => {
    const concept: CodeableConcept = {
      coding: [
        { system: 'http://snomed.info/sct', code: '38341003', display: 'Hypertensive disorder' },
        { system: ICD10_OID, code: 'I10', display: 'Essensiell hypertensjon', userSelected: true },
      ],
    };
    expect(formatCodeableConcept(concept)).toBe('Essensiell hypertensjon');
  });

  it('shows a display over a bare code, even one that comes later', () => {
    const concept: CodeableConcept = {
      coding: [{ system: ICD10_OID, code: 'I10' }, { display: 'Høyt blodtrykk' }],
    };
    expect(formatCodeableConcept(concept)).toBe('Høyt blodtrykk');
  });

  it('falls back to the ATC name when the FEST coding has no display', () => {
    const concept: CodeableConcept = {
      coding: [
        { system: FEST_SYSTEM, code: FEST_GUID },
        { system: ATC_SYSTEM, code: 'N02BE01', display: 'Paracetamol' },
      ],
    };
    expect(formatCodeableConcept(concept)).toBe('Paracetamol');
  });

  it.each([
    [ATC_SYSTEM, 'N02BE01', 'N02BE01 (ATC)'],
    ['http://snomed.info/sct', '38341003', '38341003 (SNOMED CT)'],
    [ICD10_OID, 'R63.3', 'R63.3 (ICD-10)'],
    ['http://hl7.org/fhir/sid/icd-10', 'I20', 'I20 (ICD-10)'],
    ['urn:oid:2.16.578.1.12.4.1.1.7170', 'T90', 'T90 (ICPC-2)'],
    ['http://loinc.org', '8302-2', '8302-2 (LOINC)'],
    ['http://unitsofmeasure.org', 'mg', 'mg (UCUM)'],
    ['http://www.nlm.nih.gov/research/umls/rxnorm', '1594660', '1594660 (RxNorm)'],
    ['http://example.org/local', 'X1', 'X1'],
  ])('names the system of a bare %s code', (system, code, expected) => {
    expect(formatCodeableConcept({ coding: [{ system, code }] })).toBe(expected);
  });

  it('prefers a well-known code to a local one, and any code to a FEST key', () => {
    const concept: CodeableConcept = {
      coding: [
        { system: FEST_SYSTEM, code: FEST_GUID },
        { system: 'http://example.org/local', code: 'X1' },
        { system: ATC_SYSTEM, code: 'N02BE01' },
      ],
    };
    expect(formatCodeableConcept(concept)).toBe('N02BE01 (ATC)');
    expect(formatCodeableConcept({ coding: concept.coding?.slice(0, 2) })).toBe('X1');
  });

  it.each([
    ['nb', 'Ukjent legemiddel'],
    ['nn', 'Ukjend legemiddel'],
    ['en', 'Unknown medication'],
  ] as const)('shows a FEST key alone as an unknown medication in %s', (locale, expected) => {
    for (const system of [FEST_SYSTEM, 'http://dmp.no/fhir/NamingSystem/festLegemiddelMerkevare']) {
      const shown = formatCodeableConcept({ coding: [{ system, code: FEST_GUID }] }, { locale });
      expect(shown).toBe(expected);
      expect(shown).not.toContain('2ABAC272');
    }
  });

  it('drops the semantic tag of a SNOMED CT display, and only of SNOMED CT', () => {
    const snomed = (display: string) => ({ coding: [{ system: 'http://snomed.info/sct', code: '1', display }] });
    expect(formatCodeableConcept(snomed('Every four to six hours (qualifier value)'))).toBe('Every four to six hours');
    expect(formatCodeableConcept(snomed('Paracetamol 500 mg oral tablet (clinical drug)'))).toBe(
      'Paracetamol 500 mg oral tablet',
    );
    expect(formatCodeableConcept(snomed('Fracture of neck of femur (disorder)'))).toBe('Fracture of neck of femur');
    expect(formatCodeableConcept(snomed('(finding)'))).toBe('(finding)');
    expect(formatCoding({ system: 'http://snomed.info/sct', code: '1', display: 'Swallow (qualifier value)' })).toBe(
      'Swallow',
    );
    const local = { coding: [{ system: 'urn:local', code: '1', display: 'Kur (product)' }] };
    expect(formatCodeableConcept(local)).toBe('Kur (product)');
    expect(formatCodeableConcept({ text: 'Written by a person (finding)' })).toBe('Written by a person (finding)');
  });

  it('shows nothing for a concept with nothing to show', () => {
    expect(formatCodeableConcept(undefined)).toBe('');
    expect(formatCodeableConcept({})).toBe('');
    expect(formatCodeableConcept({ text: '  ', coding: [{ system: ATC_SYSTEM }] })).toBe('');
  });

  it('keeps hostile text as plain text and ignores values of the wrong type', () => {
    expect(formatCodeableConcept({ text: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
    expect(formatCodeableConcept({ text: 42, coding: [{ display: null }, 'x', { code: 7 }] } as never)).toBe('');
    expect(formatCodeableConcept({ coding: { display: 'Alone' } } as never)).toBe('Alone');
  });
});

describe('formatCoding', () => {
  it('shows the display, else the code with its system, else a FEST fallback', () => {
    expect(formatCoding({ system: ATC_SYSTEM, code: 'N02BE01', display: 'Paracetamol' })).toBe('Paracetamol');
    expect(formatCoding({ system: ATC_SYSTEM, code: 'N02BE01' })).toBe('N02BE01 (ATC)');
    expect(formatCoding({ system: FEST_SYSTEM, code: FEST_GUID }, { locale: 'nn' })).toBe('Ukjend legemiddel');
    expect(formatCoding({ system: ATC_SYSTEM })).toBe('');
  });
});

describe('findCoding, atcCode and isFestSystem', () => {
  const concept: CodeableConcept = {
    coding: [
      { system: 'http://snomed.info/sct', code: '387517004' },
      { system: ATC_SYSTEM, display: 'Paracetamol' },
      { system: ATC_SYSTEM, code: 'N02BE01' },
    ],
  };

  it('finds the first coding of a system', () => {
    expect(findCoding(concept, ATC_SYSTEM)).toEqual({ system: ATC_SYSTEM, display: 'Paracetamol' });
    expect(findCoding(concept, 'http://loinc.org')).toBeUndefined();
    expect(findCoding(null as never, ATC_SYSTEM)).toBeUndefined();
  });

  it('takes the first ATC coding that has a code', () => {
    expect(atcCode(concept)).toBe('N02BE01');
    expect(atcCode({ coding: [{ system: ATC_SYSTEM, code: ' ' }] })).toBeUndefined();
    expect(atcCode('N02BE01' as never)).toBeUndefined();
  });

  it('knows the FEST systems of no-basis and LMDI, and nothing else', () => {
    expect(isFestSystem(FEST_SYSTEM)).toBe(true);
    expect(isFestSystem('http://dmp.no/fhir/NamingSystem/fest-varenummer')).toBe(true);
    expect(isFestSystem('http://hl7.no/fhir/NamingSystem/festLegemiddelpakning')).toBe(true);
    expect(isFestSystem(ATC_SYSTEM)).toBe(false);
    expect(isFestSystem('http://fhi.no/fhir/NamingSystem/lokaltLegemiddel')).toBe(false);
    expect(isFestSystem(undefined)).toBe(false);
  });
});
