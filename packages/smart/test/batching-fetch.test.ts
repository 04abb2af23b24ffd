// The batching fetch against a scripted server: what goes out, what each caller gets back, and that
// nothing is lost when batch is not offered or fails. (Against the sandbox: launch-flow.test.ts.)
import { describe, expect, it } from 'vitest';
import { batchingFetch } from '../src/batching-fetch.js';

const BASE = 'https://ehr.example.no/fhir';

interface Script {
  readonly batch: boolean;
  readonly batchStatus?: number;
}

function setup(script: Script) {
  const requests: string[] = [];
  const fetch = (url: string, init?: RequestInit): Promise<Response> => {
    requests.push(`${init?.method ?? 'GET'} ${url.startsWith(BASE) ? url.slice(BASE.length) || '/' : url}`);
    if (url.endsWith('/metadata')) {
      const interaction = script.batch ? [{ code: 'batch' }] : [{ code: 'search-system' }];
      return Promise.resolve(Response.json({ resourceType: 'CapabilityStatement', rest: [{ interaction }] }));
    }
    if (init?.method === 'POST' && url === BASE) {
      if (script.batchStatus !== undefined)
        return Promise.resolve(new Response('nope', { status: script.batchStatus }));
      const bundle = JSON.parse(init.body as string) as { entry: { request: { url: string } }[] };
      return Promise.resolve(
        Response.json({
          resourceType: 'Bundle',
          type: 'batch-response',
          entry: bundle.entry.map(({ request }) => answer(request.url)),
        }),
      );
    }
    const single = answer(url.slice(BASE.length + 1));
    return Promise.resolve(Response.json(single.resource ?? null, { status: Number.parseInt(single.response.status) }));
  };
  return { fetch: batchingFetch(fetch, { baseUrl: BASE, maxBatch: 3 }), requests };
}

/** The server's answer to one GET, as a batch-response entry. */
function answer(path: string): { resource?: unknown; response: { status: string } } {
  if (path.includes('?')) {
    return { resource: { resourceType: 'Bundle', type: 'searchset', total: 0 }, response: { status: '200 OK' } };
  }
  const [resourceType, id] = path.split('/');
  if (id === 'missing') return { response: { status: '404 Not Found' } };
  return { resource: { resourceType, id }, response: { status: '200 OK' } };
}

async function bodies(responses: Response[]): Promise<unknown[]> {
  return Promise.all(responses.map(async (response) => [response.status, await response.text()]));
}

describe('batchingFetch', () => {
  it('sends concurrent GETs as batches of at most maxBatch, one entry per distinct URL', async () => {
    const { fetch, requests } = setup({ batch: true });
    const urls = [
      'Medication/a',
      'Medication/b',
      'Medication/a',
      'MedicationStatement?patient=p1',
      'Medication/missing',
    ];
    const answers = await bodies(await Promise.all(urls.map((path) => fetch(`${BASE}/${path}`))));
    expect(answers).toEqual([
      [200, JSON.stringify({ resourceType: 'Medication', id: 'a' })],
      [200, JSON.stringify({ resourceType: 'Medication', id: 'b' })],
      [200, JSON.stringify({ resourceType: 'Medication', id: 'a' })],
      [200, JSON.stringify({ resourceType: 'Bundle', type: 'searchset', total: 0 })],
      [404, ''],
    ]);
    expect(requests).toEqual(['GET /metadata', 'POST /', 'POST /']);
  });

  it('asks for the CapabilityStatement once, and sends a lone GET as it is', async () => {
    const { fetch, requests } = setup({ batch: true });
    await fetch(`${BASE}/Patient/kari`);
    await Promise.all([fetch(`${BASE}/Medication/a`), fetch(`${BASE}/Medication/b`)]);
    await Promise.all([fetch(`${BASE}/Medication/c`), fetch(`${BASE}/Medication/d`)]);
    expect(requests).toEqual(['GET /Patient/kari', 'GET /metadata', 'POST /', 'POST /']);
  });

  it('sends each GET on its own when the server does not offer batch', async () => {
    const { fetch, requests } = setup({ batch: false });
    await Promise.all([fetch(`${BASE}/Medication/a`), fetch(`${BASE}/Medication/b`)]);
    expect(requests).toEqual(['GET /metadata', 'GET /Medication/a', 'GET /Medication/b']);
  });

  it('sends each GET on its own when the batch itself fails', async () => {
    const { fetch, requests } = setup({ batch: true, batchStatus: 500 });
    const answers = await Promise.all([fetch(`${BASE}/Medication/a`), fetch(`${BASE}/Medication/b`)]);
    expect(answers.map((response) => response.status)).toEqual([200, 200]);
    expect(requests).toEqual(['GET /metadata', 'POST /', 'GET /Medication/a', 'GET /Medication/b']);
  });

  it('leaves other servers, the base’s own endpoints and other methods alone', async () => {
    const { fetch, requests } = setup({ batch: true });
    await Promise.all([
      fetch('https://other.example/fhir/Medication/x').catch(() => undefined),
      fetch(`${BASE}/metadata`),
      fetch(`${BASE}/Medication/a`, { method: 'POST', body: '{}' }),
    ]);
    expect(requests).toEqual(['GET https://other.example/fhir/Medication/x', 'GET /metadata', 'POST /Medication/a']);
  });

  it('rejects an aborted GET and batches the rest', async () => {
    const { fetch, requests } = setup({ batch: true });
    const controller = new AbortController();
    const aborted = fetch(`${BASE}/Medication/a`, { signal: controller.signal });
    const others = [fetch(`${BASE}/Medication/b`), fetch(`${BASE}/Medication/c`)];
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
    expect((await Promise.all(others)).map((response) => response.status)).toEqual([200, 200]);
    expect(requests).toEqual(['GET /metadata', 'POST /']);
  });
});
