import { describe, expect, it } from 'vitest';
import { SamSelectEvent } from '../../src/element/select-event.js';

describe('SamSelectEvent', () => {
  it('is sam-select, bubbling and composed, carrying kind, item and resources', () => {
    const resources = [{ resourceType: 'Goal', id: 'g1' }];
    const event = new SamSelectEvent({ kind: 'goal', item: { key: 'Goal/g1' }, resources });
    expect(event).toBeInstanceOf(CustomEvent);
    expect([event.type, event.bubbles, event.composed]).toEqual(['sam-select', true, true]);
    expect(event.detail).toEqual({ kind: 'goal', item: { key: 'Goal/g1' }, resources });
  });
});
