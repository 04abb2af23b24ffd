import type { Observation, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { deferredStaticSource, type LoadStaticSource } from '../../src/source/deferred-static-source.js';
import * as engine from '../../src/source/static-source.js';

const patient: Patient = { resourceType: 'Patient', id: 'p1' };
const observation: Observation = {
  resourceType: 'Observation',
  id: 'o1',
  status: 'final',
  code: { text: 'Puls' },
  subject: { reference: 'Patient/p1' },
};

/** The engine's loader, counting its calls and failing the first `failures` of them. */
function loader(failures = 0): LoadStaticSource & { calls: number } {
  const load = Object.assign(
    () => {
      load.calls += 1;
      if (load.calls <= failures) return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      return Promise.resolve(engine);
    },
    { calls: 0 },
  );
  return load;
}

describe('deferredStaticSource', () => {
  it('answers searches and reads as the static source does, loading the engine once', async () => {
    const load = loader();
    const source = deferredStaticSource([patient, observation], load);
    expect(load.calls).toBe(0);
    const [search, read] = await Promise.all([
      source.search('Observation', { patient: 'p1' }),
      source.read('Patient/p1'),
    ]);
    const direct = await engine.createStaticSource([patient, observation]).search('Observation', { patient: 'p1' });
    expect(search).toEqual(direct);
    expect(read.resource).toEqual(patient);
    await source.search('Observation', { code: 'nothing' });
    expect(load.calls).toBe(1);
  });

  it('fetches the engine from its own module by default', async () => {
    const result = await deferredStaticSource([observation]).search('Observation', { _id: 'o1' });
    expect(result.resources.map((resource) => resource.id)).toEqual(['o1']);
  });

  it('makes an engine that cannot be fetched a network failure of that call, and tries again next time', async () => {
    const load = loader(1);
    const source = deferredStaticSource([patient, observation], load);
    const failed = await source.search('Observation', { patient: 'p1' });
    expect(failed.resources).toEqual([]);
    expect(failed.failures.map(({ kind, resourceType }) => ({ kind, resourceType }))).toEqual([
      { kind: 'network', resourceType: 'Observation' },
    ]);
    expect(failed.failures[0]?.message).toContain('Failed to fetch dynamically imported module');
    const again = await source.search('Observation', { patient: 'p1' });
    expect(again.resources.map((resource) => resource.id)).toEqual(['o1']);
    expect(load.calls).toBe(2);
  });

  it('makes a read whose engine cannot be fetched a network failure', async () => {
    const read = await deferredStaticSource([patient], loader(1)).read('Patient/p1');
    expect(read.failure?.kind).toBe('network');
  });
});
