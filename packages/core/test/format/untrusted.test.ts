import { describe, expect, it } from 'vitest';
import { clean, element, list, misshapenLists, misshapenObjects, text } from '../../src/format/untrusted.js';

describe('untrusted reading', () => {
  it('takes only objects as elements, and a lone value as a list of one', () => {
    expect([{}, [], 'x', null, 3].map((value) => element(value) !== undefined)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(list(undefined)).toEqual([]);
    expect(list('x')).toEqual(['x']);
    expect(text('  to \n linjer ')).toBe('to linjer');
    expect(text(42)).toBe('');
  });

  it('never shows what a broken serialiser leaves behind', () => {
    for (const leftover of ['undefined', 'null', 'NaN', '-Infinity', '[object Object]', ' [object Array] ']) {
      expect(clean(leftover), leftover).toBe('');
    }
    expect(clean('Sårstell kl. 08')).toBe('Sårstell kl. 08');
    expect(clean({ text: 'x' })).toBe('');
  });

  it('names the fields that are present but not the shape they must have', () => {
    const fields = { code: 'J45', period: { start: '2026' }, note: null, performer: [{}, 'Kari'], goal: { id: 'g' } };
    expect(misshapenObjects(fields, ['code', 'period', 'note', 'missing'])).toEqual(['code']);
    // One object where a list belongs is tolerated; a string in the list is not.
    expect(misshapenLists(fields, ['performer', 'goal', 'code', 'note'])).toEqual(['performer', 'code']);
  });
});
