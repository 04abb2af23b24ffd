// Read batching against a scripted server: what goes out, and that nothing is lost when batch is not
// offered or fails. (Against the sandbox: launch-flow.test.ts.)
import type { Resource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { FhirSource, ReadResult } from '@samspill/core/data.js';
import { withReadBatching } from '../src/read-batch.js';

const BASE = 'https://ehr.example.no/fhir';

interface Script {
  readonly batch: boolean;
  readonly batchStatus?: number;
}

function setup(script: Script): { source: FhirSource; requests: string[]; singleReads: string[] } {
  const requests: string[] = [];
  const singleReads: string[] = [];
  const inner: FhirSource = {
    search: () => Promise.reject(new Error('not used')),
    read: <T extends Resource = Resource>(reference: unknown): Promise<ReadResult<T>> => {
      const text = typeof reference === 'string' ? reference : String((reference as { reference?: string }).reference);
      singleReads.push(text);
      const [resourceType, id] = text.split('/');
      return Promise.resolve({ resource: { resourceType, id } as T });
    },
  };
  const fetch = (url: string, init?: RequestInit): Promise<Response> => {
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    if (url.endsWith('/metadata')) {
      const interaction = script.batch ? [{ code: 'batch' }] : [{ code: 'search-system' }];
      return Promise.resolve(Response.json({ resourceType: 'CapabilityStatement', rest: [{ interaction }] }));
    }
    if (script.batchStatus !== undefined) return Promise.resolve(new Response('nope', { status: script.batchStatus }));
    const bundle = JSON.parse(init?.body as string) as { entry: { request: { url: string } }[] };
    return Promise.resolve(
      Response.json({
        resourceType: 'Bundle',
        type: 'batch-response',
        entry: bundle.entry.map(({ request }) => {
          const [resourceType, id] = request.url.split('/');
          return id === 'missing'
            ? { response: { status: '404 Not Found' } }
            : { resource: { resourceType, id }, response: { status: '200 OK' } };
        }),
      }),
    );
  };
  return { source: withReadBatching(inner, { baseUrl: BASE, fetch, maxBatch: 3 }), requests, singleReads };
}

describe('withReadBatching', () => {
  it('sends concurrent reads as batches of at most maxBatch, one entry per distinct reference', async () => {
    const { source, requests, singleReads } = setup({ batch: true });
    const references = [
      'Medication/a',
      'Medication/b',
      'Medication/a',
      `${BASE}/Medication/c`,
      'Medication/d',
      'Medication/missing',
    ];
    const results = await Promise.all(references.map((reference) => source.read(reference)));
    expect(results.map((result) => result.resource?.id ?? result.failure?.kind)).toEqual([
      'a',
      'b',
      'a',
      'c',
      'd',
      'not-found',
    ]);
    expect(results[5]?.failure?.status).toBe(404);
    expect(requests).toEqual([`GET ${BASE}/metadata`, `POST ${BASE}`, `POST ${BASE}`]);
    expect(singleReads).toEqual([]);
  });

  it('asks for the CapabilityStatement once, and not for a lone read', async () => {
    const { source, requests } = setup({ batch: true });
    await source.read('Patient/kari');
    expect(requests).toEqual([]);
    await Promise.all([source.read('Medication/a'), source.read('Medication/b')]);
    await Promise.all([source.read('Medication/c'), source.read('Medication/d')]);
    expect(requests.filter((request) => request.endsWith('/metadata'))).toHaveLength(1);
  });

  it('reads one by one when the server does not offer batch', async () => {
    const { source, requests, singleReads } = setup({ batch: false });
    await Promise.all([source.read('Medication/a'), source.read('Medication/b')]);
    expect(requests).toEqual([`GET ${BASE}/metadata`]);
    expect(singleReads).toEqual(['Medication/a', 'Medication/b']);
  });

  it('falls back to single reads when the batch itself fails', async () => {
    const { source, singleReads } = setup({ batch: true, batchStatus: 500 });
    const results = await Promise.all([source.read('Medication/a'), source.read('Medication/b')]);
    expect(results.map((result) => result.resource?.id)).toEqual(['a', 'b']);
    expect(singleReads).toEqual(['Medication/a', 'Medication/b']);
  });

  it('answers contained and included references without any request, and leaves other servers to the source', async () => {
    const { source, requests, singleReads } = setup({ batch: true });
    const medication = { resourceType: 'Medication', id: 'm1' } as const;
    const container = { resourceType: 'MedicationRequest', id: 'r', contained: [medication] } as Resource;
    expect((await source.read('#m1', { container })).resource).toEqual(medication);
    expect((await source.read('Medication/m1', { included: [medication] })).resource).toEqual(medication);
    await Promise.all([source.read('https://other.example/fhir/Medication/x'), source.read('Medication/y/_history/2')]);
    expect(requests).toEqual([]);
    expect(singleReads).toEqual(['https://other.example/fhir/Medication/x', 'Medication/y/_history/2']);
  });
});
