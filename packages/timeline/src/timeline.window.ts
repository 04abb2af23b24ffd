// Which rows of a long list to render: those in the viewport and a margin around it, from row heights
// that start as estimates and become measurements as rows are seen. Pure arithmetic, no DOM.

/** Where each row starts, and (last) where the list ends: `heights.length + 1` numbers. */
export function rowOffsets(heights: readonly number[]): number[] {
  const offsets = new Array<number>(heights.length + 1);
  let y = 0;
  offsets[0] = 0;
  heights.forEach((height, i) => {
    y += Math.max(0, height);
    offsets[i + 1] = y;
  });
  return offsets;
}

/** The row at height `y` (clamped to the list): the last row that starts at or above it. */
export function rowAt(offsets: readonly number[], y: number): number {
  const rows = offsets.length - 1;
  if (rows <= 0) return 0;
  let low = 0;
  let high = rows - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((offsets[middle] ?? 0) <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

export interface RowWindow {
  /** The first row rendered. */
  readonly start: number;
  /** One past the last row rendered. */
  readonly end: number;
  /** Space the rows above the window take. */
  readonly before: number;
  /** Space the rows below the window take. */
  readonly after: number;
}

/** The rows from `top` to `top + height`, with `overscan` pixels more on each side. */
export function rowWindow(offsets: readonly number[], top: number, height: number, overscan: number): RowWindow {
  const rows = offsets.length - 1;
  const total = offsets[rows] ?? 0;
  if (rows <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const start = rowAt(offsets, Math.max(0, top - overscan));
  const end = Math.min(rows, rowAt(offsets, Math.max(0, top + height + overscan)) + 1);
  const before = offsets[start] ?? 0;
  return { start, end, before, after: total - (offsets[end] ?? total) };
}

/** The scroll position that brings a row fully into view, moving as little as possible. */
export function scrollToShow(offsets: readonly number[], row: number, top: number, height: number): number {
  const start = offsets[row] ?? 0;
  const end = offsets[row + 1] ?? start;
  if (start < top || end - start > height) return start;
  if (end > top + height) return end - height;
  return top;
}
