import type { Encounter } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import {
  documentComposition,
  recordOrganisation,
  recordSource,
  sourceSystem,
  systemNames,
} from '../../src/format/record-source.js';
import type { untrusted } from '../../src/data.js';
import { mergeSources } from '../../src/source/merge-sources.js';
import { createStaticSource } from '../../src/source/static-source.js';

const HER = 'urn:oid:2.16.578.1.12.4.1.2';
const RESH = 'urn:oid:2.16.578.1.12.4.1.4.102';

describe('recordSource', () => {
  it('takes the organisation a merged source says it came from first', async () => {
    const source = mergeSources([
      {
        label: 'Fjordvik kommune',
        source: createStaticSource([
          { resourceType: 'Encounter', id: 'e1', status: 'finished', class: { code: 'HH' } } as Encounter,
        ]),
      },
    ]);
    const { resources } = await source.search('Encounter');
    expect(recordSource(resources[0])).toEqual({
      key: 'origin:Fjordvik kommune',
      label: 'Fjordvik kommune',
      via: 'origin',
    });
  });

  it('never shows a host name; a named system is shown, and a URL system by the organisation its records name', () => {
    const host = { resourceType: 'Observation', meta: { source: 'https://fhir.vendor.example.com/r4' } };
    expect(recordSource(host)).toBeUndefined();
    expect(sourceSystem(host)).toEqual({ key: 'fhir.vendor.example.com', name: '' });
    const named = { resourceType: 'Observation', meta: { source: 'Helseplattformen' } };
    expect(recordSource(named)).toMatchObject({ label: 'Helseplattformen', via: 'system' });
    for (const id of ['urn:uuid:8f5c1d5e-9b1f-4a57-bf6b-2a7c8f6f2c11', '#a1b2', 'f7c3b2a1-0011']) {
      expect(sourceSystem({ meta: { source: id } }).name).toBe('');
    }
    const organisation = {
      resourceType: 'Encounter',
      meta: { source: 'https://fhir.vendor.example.com/r4' },
      serviceProvider: { reference: 'Organization/7', display: 'Fjordvik sykehus' },
    };
    const systems = systemNames([organisation, host, organisation]);
    expect(systems.get('fhir.vendor.example.com')).toBe('Fjordvik sykehus');
    expect(recordSource(host, { systems })).toMatchObject({ label: 'Fjordvik sykehus', via: 'system' });
  });

  it('reads the document a record came in: custodian, organisation author, official attester', () => {
    const statement = { resourceType: 'MedicationStatement', status: 'active' };
    const custodian = { resourceType: 'Composition', custodian: { display: 'Norsk helsenett SF' } };
    expect(recordSource(statement, { composition: custodian })).toMatchObject({
      label: 'Norsk helsenett SF',
      via: 'document',
    });
    // The SFM example: a Practitioner author, the Organization as official attester.
    const attested = {
      resourceType: 'Composition',
      author: [{ reference: 'https://base-fhir.forskrivning.no/v1/Practitioner/12345' }],
      attester: [
        { mode: ['legal'], party: { reference: 'https://base-fhir.forskrivning.no/v1/Practitioner/12345' } },
        { mode: ['official'], party: { reference: 'https://base-fhir.forskrivning.no/v1/Organization/54321' } },
      ],
    };
    const organisation = { resourceType: 'Organization', id: '54321', name: 'Fjordvik legekontor' };
    const resolve = (reference: untrusted.Fields): untrusted.Fields | undefined =>
      String(reference.reference).endsWith('Organization/54321') ? organisation : undefined;
    expect(recordSource(statement, { composition: attested, resolve })).toEqual({
      key: 'org:Organization/54321',
      label: 'Fjordvik legekontor',
      via: 'document',
    });
  });

  it.each([
    [{ informationSource: { reference: 'Organization/1', display: 'Fjordvik apotek' } }, 'Fjordvik apotek'],
    [{ performer: [{ actor: { display: 'Lege Legesen' }, onBehalfOf: { display: 'Legevakten' } }] }, 'Legevakten'],
    [{ requester: { type: 'Organization', display: 'Hjemmesykepleien sone 2' } }, 'Hjemmesykepleien sone 2'],
    [{ recorder: { identifier: { system: HER, value: '81234' } } }, 'HER-id 81234'],
    [
      { performer: [{ reference: 'Organization/2', identifier: { system: RESH, value: '4001031' } }] },
      'RESH-id 4001031',
    ],
    [{ serviceProvider: { display: 'St. Olavs hospital' } }, 'St. Olavs hospital'],
  ])('names the organisation the record names itself: %j', (fields, label) => {
    expect(recordSource({ resourceType: 'Observation', ...fields })).toMatchObject({ label, via: 'organisation' });
  });

  it("finds a PractitionerRole's organisation, and never takes a person for an organisation", () => {
    const role = { resourceType: 'PractitionerRole', id: 'r1', organization: { reference: 'Organization/o1' } };
    const organisation = { resourceType: 'Organization', id: 'o1', name: 'Fjordvik sentrum legekontor' };
    const index = new Map<string, untrusted.Fields>([
      ['PractitionerRole/r1', role],
      ['Organization/o1', organisation],
    ]);
    const resolve = (reference: untrusted.Fields): untrusted.Fields | undefined =>
      index.get(String(reference.reference));
    expect(recordOrganisation({ requester: { reference: 'PractitionerRole/r1' } }, { resolve })).toEqual({
      key: 'org:Organization/o1',
      label: 'Fjordvik sentrum legekontor',
    });
    // Epic's display-only requester is a person: no source.
    expect(
      recordSource({ resourceType: 'MedicationRequest', requester: { display: 'Physician Family Medicine, MD' } }),
    ).toBeUndefined();
    expect(
      recordSource({ resourceType: 'MedicationRequest', requester: { reference: 'Practitioner/9', display: 'Lege' } }),
    ).toBeUndefined();
  });

  it("finds a document's Composition in its first entry, and in nothing else", () => {
    const composition = { resourceType: 'Composition', custodian: { display: 'Norsk helsenett SF' } };
    expect(documentComposition({ resourceType: 'Bundle', type: 'document', entry: [{ resource: composition }] })).toBe(
      composition,
    );
    expect(documentComposition({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: composition }] })).toBe(
      undefined,
    );
    for (const bundle of [undefined, 'x', { type: 'document', entry: 'x' }, { type: 'document', entry: [null] }]) {
      expect(documentComposition(bundle)).toBeUndefined();
    }
  });

  it('never throws on hostile input', () => {
    for (const value of [
      undefined,
      null,
      7,
      'x',
      [],
      { meta: 'x' },
      { meta: { source: 42 } },
      { performer: 'x' },
      { author: [null, 5] },
      { custodian: { identifier: 'x' } },
    ]) {
      expect(() => recordSource(value, { composition: { attester: [{ mode: 'official', party: 3 }] } })).not.toThrow();
    }
    expect(
      recordSource({ resourceType: 'Observation', serviceProvider: { display: '<img src=x onerror=alert(1)>' } })
        ?.label,
    ).toBe('<img src=x onerror=alert(1)>');
  });
});
