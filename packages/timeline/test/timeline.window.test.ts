import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { rowAt, rowOffsets, rowWindow, scrollToShow } from '../src/timeline.window.js';

describe('rowOffsets and rowAt', () => {
  const offsets = rowOffsets([10, 20, 30]);

  test('gives where each row starts and where the list ends', () => {
    expect(offsets).toEqual([0, 10, 30, 60]);
  });

  test('finds the row at a height, clamped to the list', () => {
    expect([-5, 0, 9.9, 10, 29, 30, 59, 60, 1000].map((y) => rowAt(offsets, y))).toEqual([0, 0, 0, 1, 1, 2, 2, 2, 2]);
    expect(rowAt(rowOffsets([]), 10)).toBe(0);
  });

  test('counts a negative height as none', () => {
    expect(rowOffsets([10, -5, 10])).toEqual([0, 10, 10, 20]);
  });
});

describe('rowWindow', () => {
  test('renders the rows in view and the overscan, with the rest as space', () => {
    const offsets = rowOffsets(Array.from({ length: 100 }, () => 10));
    expect(rowWindow(offsets, 500, 100, 50)).toEqual({ start: 45, end: 66, before: 450, after: 340 });
    expect(rowWindow(offsets, 0, 100, 50)).toEqual({ start: 0, end: 16, before: 0, after: 840 });
    expect(rowWindow(offsets, 5000, 100, 50)).toEqual({ start: 99, end: 100, before: 990, after: 0 });
    expect(rowWindow(rowOffsets([]), 0, 100, 50)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });

  test('always covers the viewport, and before + rows + after is the whole list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 300 }),
        fc.nat(100_000),
        fc.integer({ min: 1, max: 2000 }),
        fc.nat(1000),
        (heights, top, height, overscan) => {
          const offsets = rowOffsets(heights);
          const total = offsets.at(-1) ?? 0;
          const scroll = Math.min(top, Math.max(0, total - height));
          const window = rowWindow(offsets, scroll, height, overscan);
          expect(window.start).toBeLessThan(window.end);
          expect(window.before).toBeLessThanOrEqual(scroll);
          expect(total - window.after).toBeGreaterThanOrEqual(Math.min(total, scroll + height));
          const rendered = heights.slice(window.start, window.end).reduce((sum, h) => sum + h, 0);
          expect(window.before + rendered + window.after).toBe(total);
        },
      ),
    );
  });
});

describe('scrollToShow', () => {
  const offsets = rowOffsets([100, 100, 100, 100, 100]);

  test('moves as little as needed to show a row whole', () => {
    expect(scrollToShow(offsets, 1, 0, 250)).toBe(0);
    expect(scrollToShow(offsets, 3, 0, 250)).toBe(150);
    expect(scrollToShow(offsets, 0, 200, 250)).toBe(0);
  });

  test('shows the top of a row taller than the viewport', () => {
    expect(scrollToShow(offsets, 2, 0, 50)).toBe(200);
  });
});
