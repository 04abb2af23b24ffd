import { describe, expect, it } from 'vitest';
import { selectEvent } from '../../src/element/select-event.js';

describe('selectEvent', () => {
  it('is sam-select, bubbling and composed, carrying kind, item and resources', () => {
    const resources = [{ resourceType: 'Goal', id: 'g1' }];
    const event = selectEvent({ kind: 'goal', item: { key: 'Goal/g1' }, resources });
    expect([event.type, event.bubbles, event.composed]).toEqual(['sam-select', true, true]);
    expect(event.detail).toEqual({ kind: 'goal', item: { key: 'Goal/g1' }, resources });
  });
});
