import { describe, expect, test } from 'vitest';
import { rangeOfSelection, selectionOfRange } from '../src/timeline.selection.js';

const bounds = { from: new Date('2019-01-01T00:00:00Z'), to: new Date('2024-05-08T10:00:00Z') };

describe('rangeOfSelection', () => {
  test('turns instants into a custom range, earliest first', () => {
    const from = new Date('2024-01-01T00:00:00Z');
    const to = new Date('2024-02-01T00:00:00Z');
    expect(rangeOfSelection({ from, to })).toEqual({
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-02-01T00:00:00.000Z',
    });
    expect(rangeOfSelection({ from: to, to: from })).toEqual({
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-02-01T00:00:00.000Z',
    });
  });

  test('is undefined for a cleared or unreadable selection', () => {
    for (const bad of [undefined, null, {}, { from: new Date(NaN), to: new Date() }, { from: '2024', to: '2025' }]) {
      expect(rangeOfSelection(bad)).toBeUndefined();
    }
  });
});

describe('selectionOfRange', () => {
  test('turns a custom range back into instants, open ends reaching the bounds', () => {
    expect(
      selectionOfRange({ from: '2024-01-01T00:00:00.000Z', to: '2024-02-01T00:00:00.000Z' }, 'UTC', bounds),
    ).toEqual({
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2024-02-01T00:00:00Z'),
    });
    expect(selectionOfRange({ to: '2024-01-31' }, 'UTC', bounds)).toEqual({
      from: bounds.from,
      to: new Date('2024-02-01T00:00:00Z'),
    });
    expect(selectionOfRange({ from: '2024-01-01' }, 'Europe/Oslo', bounds)).toEqual({
      from: new Date('2023-12-31T23:00:00Z'),
      to: bounds.to,
    });
  });

  test('is undefined for presets and no range', () => {
    for (const range of [undefined, 'all', '7d', {}] as const)
      expect(selectionOfRange(range, 'UTC', bounds)).toBeUndefined();
  });
});
