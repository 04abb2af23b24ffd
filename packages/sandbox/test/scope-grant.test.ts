import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWED_SCOPES } from '../src/index.js';
import { otherPatientNamed } from '../src/fhir/named-patient.js';
import { grantWithin } from '../src/scope-grant.js';

const grant = (requested: string, registered: readonly string[] = DEFAULT_ALLOWED_SCOPES): string =>
  grantWithin(requested.split(' '), registered).join(' ');

describe('grantWithin', () => {
  it('keeps a scope the registration covers as it was written, v1 or v2, in any case', () => {
    expect(grant('launch openid fhirUser patient/Observation.read user/observation.READ patient/Patient.r')).toBe(
      'launch openid fhirUser patient/Observation.read user/observation.READ patient/Patient.r',
    );
  });

  it('narrows permissions to the registered ones, in v1 where v1 can say it', () => {
    expect(grant('patient/Observation.cruds patient/Observation.* user/*.write')).toBe(
      'patient/Observation.rs patient/Observation.read',
    );
    expect(grant('patient/Observation.*', ['patient/Observation.r'])).toBe('patient/Observation.r');
  });

  it('gives a wildcard request the registered types', () => {
    expect(grant('patient/*.rs', ['patient/Observation.rs', 'patient/Patient.read'])).toBe(
      'patient/Observation.rs patient/Patient.rs',
    );
  });

  it('keeps a granular query inside the registration, and takes the registered one for a whole type', () => {
    const lab = 'patient/Observation.rs?category=laboratory';
    expect(grant(lab)).toBe(lab);
    expect(grant('patient/Observation.rs', [lab])).toBe(lab);
    expect(grant('patient/Observation.rs?category=vital-signs', [lab])).toBe('');
  });

  it('grants no system/ scope, and no scope that is not registered', () => {
    expect(grant('system/*.read system/Patient.rs launch/practitioner smart/orchestrate_launch')).toBe('');
  });
});

describe('otherPatientNamed', () => {
  const named = (type: string, query: string) => otherPatientNamed(type, new URLSearchParams(query), 'kari');

  it('finds another patient however a search names it', () => {
    for (const query of [
      'patient=ola',
      'patient=Patient/ola',
      'patient=https://fhir.example/r4/Patient/ola',
      'subject=ola',
      'subject=Patient/ola',
      'subject:Patient=ola',
      'patient=kari,ola',
      'date=ge2024&patient=kari&patient=ola',
    ])
      expect(named('Observation', query), query).toBe('ola');
    expect(named('Patient', '_id=kari,ola')).toBe('ola');
  });

  it('finds none where only the launch patient, or no patient, is named', () => {
    for (const query of [
      'patient=kari',
      'subject=Patient/kari',
      'subject:Group=ola',
      'subject=Group/ola',
      'performer=Practitioner/ola',
      '_id=ola',
      'code=ola',
      'subject.name=ola',
    ])
      expect(named('Observation', query), query).toBeUndefined();
  });
});
