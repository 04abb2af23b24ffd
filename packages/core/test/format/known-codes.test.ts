import type { CodeableConcept } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { formatCodeableConcept, formatCoding } from '../../src/format/codeable-concept.js';
import { knownCodeName } from '../../src/format/known-codes.js';

const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const CAREPLAN_CATEGORY = 'http://hl7.org/fhir/us/core/CodeSystem/careplan-category';

describe('codes without a display', () => {
  it.each([
    ['nb', 'Vurdering og behandlingsplan', 'Vitale tegn', 'Helseutfordring'],
    ['nn', 'Vurdering og behandlingsplan', 'Vitale teikn', 'Helseutfordring'],
    ['en', 'Assessment and plan of treatment', 'Vital signs', 'Health concern'],
  ] as const)('names US Core and HL7 category codes in %s', (locale, plan, vitals, concern) => {
    // The shape Oracle Health sends: a coding with system and code, no display, no text.
    const carePlan: CodeableConcept = { coding: [{ system: CAREPLAN_CATEGORY, code: 'assess-plan' }] };
    expect(formatCodeableConcept(carePlan, { locale })).toBe(plan);
    expect(formatCoding({ system: OBSERVATION_CATEGORY, code: 'vital-signs' }, { locale })).toBe(vitals);
    expect(
      formatCoding(
        { system: 'http://hl7.org/fhir/us/core/CodeSystem/condition-category', code: 'health-concern' },
        { locale },
      ),
    ).toBe(concern);
  });

  it("keeps the data's own words first", () => {
    expect(formatCoding({ system: OBSERVATION_CATEGORY, code: 'vital-signs', display: 'Vital Signs' })).toBe(
      'Vital Signs',
    );
    expect(formatCodeableConcept({ text: 'Plan', coding: [{ system: CAREPLAN_CATEGORY, code: 'assess-plan' }] })).toBe(
      'Plan',
    );
  });

  it('prefers a known code to a local one when no coding has a display', () => {
    const concept: CodeableConcept = {
      coding: [
        { system: 'urn:oid:1.2.840.114350.1.13.0.1.7.4.698084.10375', code: '1' },
        { system: OBSERVATION_CATEGORY, code: 'laboratory' },
      ],
    };
    expect(formatCodeableConcept(concept)).toBe('Laboratorieprøver');
  });

  it('knows a code only in its own system, case and all', () => {
    expect(knownCodeName(OBSERVATION_CATEGORY, 'Vital-Signs', 'nb')).toBe('');
    expect(knownCodeName('http://example.org/observation-category', 'vital-signs', 'nb')).toBe('');
    expect(knownCodeName(OBSERVATION_CATEGORY, 'constructor', 'nb')).toBe('');
    expect(knownCodeName('constructor', 'constructor', 'en')).toBe('');
    expect(knownCodeName(OBSERVATION_CATEGORY, '__proto__', 'nn')).toBe('');
    expect(knownCodeName(OBSERVATION_CATEGORY, 'toString', 'en')).toBe('');
    expect(formatCoding({ system: OBSERVATION_CATEGORY, code: 'unknown-code' })).toBe('unknown-code');
  });
});
