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

/**
 * Heights like the timeline's: a year heading, then per event a day heading and the event (every
 * third day two events), a new year every `perYear` events. `measured` uses rendered sizes.
 */
function headed(events: number, perYear = 10, measured = false): { kinds: string[]; heights: number[] } {
  const size = measured ? { section: 50.5, day: 32, event: 100 } : { section: 48, day: 40, event: 92 };
  const kinds: string[] = [];
  for (let i = 0; i < events; i++) {
    if (i % perYear === 0) kinds.push('section');
    if (i % 3 !== 2) kinds.push('day');
    kinds.push('event');
  }
  return { kinds, heights: kinds.map((kind) => size[kind as keyof typeof size]) };
}

describe('rowWindow at the ends of a list with headings', () => {
  const HEIGHT = 320;
  const OVERSCAN = 480;

  for (const events of [0, 1, 7, 100, 50_000]) {
    for (const measured of [false, true]) {
      test(`${String(events)} events (${measured ? 'measured' : 'estimated'}): the first and the last rows are rendered`, () => {
        const { kinds, heights } = headed(events, 10, measured);
        const offsets = rowOffsets(heights);
        const total = offsets.at(-1) ?? 0;
        const rows = heights.length;

        const top = rowWindow(offsets, 0, HEIGHT, OVERSCAN);
        expect(top.start).toBe(0);
        expect(top.before).toBe(0);
        expect(top.end).toBe(Math.min(rows, rowAt(offsets, HEIGHT + OVERSCAN) + 1));

        const bottom = rowWindow(offsets, Math.max(0, total - HEIGHT), HEIGHT, OVERSCAN);
        expect(bottom.end).toBe(rows);
        expect(bottom.after).toBe(0);
        if (rows > 0) {
          expect(bottom.start).toBeLessThan(rows);
          expect(kinds.slice(bottom.start, bottom.end).at(-1)).toBe('event');
          // Everything from the viewport's top to the end of the list.
          expect(bottom.before).toBeLessThanOrEqual(Math.max(0, total - HEIGHT));
        }
        // A window, not the list.
        expect(bottom.end - bottom.start).toBeLessThanOrEqual(Math.min(rows, 40));
      });
    }
  }

  test('with no overscan, the window at the bottom still holds the last row', () => {
    const { heights } = headed(7);
    const offsets = rowOffsets(heights);
    const total = offsets.at(-1) ?? 0;
    const window = rowWindow(offsets, total - HEIGHT, HEIGHT, 0);
    expect(window.end).toBe(heights.length);
    expect(window.after).toBe(0);
    expect(window.before).toBeLessThanOrEqual(total - HEIGHT);
  });

  test('a row that ends exactly at the bottom edge is rendered, the one starting there too', () => {
    const offsets = rowOffsets([48, 40, 92, 40, 92]);
    // Rows start at 0, 48, 88, 180 and 220; the list ends at 312. At 0..180, row 3 starts on the edge.
    expect(rowWindow(offsets, 0, 180, 0)).toEqual({ start: 0, end: 4, before: 0, after: 92 });
    expect(rowWindow(offsets, 132, 180, 0)).toEqual({ start: 2, end: 5, before: 88, after: 0 });
  });

  test('a viewport taller than every row renders them all, with no space around', () => {
    for (const events of [1, 7, 100]) {
      const { heights } = headed(events);
      const offsets = rowOffsets(heights);
      const total = offsets.at(-1) ?? 0;
      for (const overscan of [0, OVERSCAN]) {
        expect(rowWindow(offsets, 0, total + 500, overscan)).toEqual({
          start: 0,
          end: heights.length,
          before: 0,
          after: 0,
        });
        expect(rowWindow(offsets, 0, total, overscan)).toMatchObject({ start: 0, end: heights.length, after: 0 });
      }
    }
  });

  test('scrolled past the end (a list that shrank), the last row is still rendered', () => {
    const { heights } = headed(7);
    const offsets = rowOffsets(heights);
    const total = offsets.at(-1) ?? 0;
    expect(rowWindow(offsets, total + 1000, HEIGHT, 0)).toMatchObject({ end: heights.length, after: 0 });
  });

  test('zero-height rows at the end are rendered too', () => {
    const offsets = rowOffsets([48, 40, 92, 0, 0]);
    expect(rowWindow(offsets, 0, 180, 0)).toMatchObject({ start: 0, end: 5, after: 0 });
  });

  for (const events of [1, 7, 100, 50_000]) {
    test(`scrolling down ${String(events)} events by half a screen renders every row on the way`, () => {
      const { heights } = headed(events, 10, true);
      const offsets = rowOffsets(heights);
      const total = offsets.at(-1) ?? 0;
      let covered = 0;
      for (let top = 0; ; top = Math.min(top + HEIGHT / 2, Math.max(0, total - HEIGHT))) {
        const { start, end } = rowWindow(offsets, top, HEIGHT, 0);
        expect(start).toBeLessThanOrEqual(covered);
        covered = Math.max(covered, end);
        if (top >= total - HEIGHT) break;
      }
      expect(covered).toBe(heights.length);
    });
  }

  test('at the bottom, the last row is rendered and nothing is left below, whatever the heights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(48, 40, 92, 50.5, 32, 100), fc.double({ min: 0, max: 400, noNaN: true })), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.integer({ min: 1, max: 2000 }),
        fc.nat(1000),
        (heights, height, overscan) => {
          const offsets = rowOffsets(heights);
          const total = offsets.at(-1) ?? 0;
          const window = rowWindow(offsets, Math.max(0, total - height), height, overscan);
          expect(window.end).toBe(heights.length);
          expect(window.after).toBe(0);
        },
      ),
    );
  });
});

describe('scrollToShow', () => {
  test('brings the last row of a list with headings into view, and the window then holds it', () => {
    for (const events of [1, 7, 100, 50_000]) {
      const { heights } = headed(events);
      const offsets = rowOffsets(heights);
      const total = offsets.at(-1) ?? 0;
      const last = heights.length - 1;
      const top = scrollToShow(offsets, last, 0, 320);
      expect(top).toBe(Math.max(0, total - 320));
      const window = rowWindow(offsets, top, 320, 0);
      expect(window.start).toBeLessThanOrEqual(last);
      expect(window.end).toBe(heights.length);
    }
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
