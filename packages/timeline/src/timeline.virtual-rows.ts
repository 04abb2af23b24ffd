// A windowed list as a Lit controller: which rows to render for the scroll position, measured as they
// are seen. The arithmetic is in timeline.window.ts; this keeps the state and the DOM observers.
import type { ReactiveController, ReactiveElement } from 'lit';
import { rowOffsets, rowWindow, scrollToShow, type RowWindow } from './timeline.window.js';

export interface VirtualRowsOptions<Row> {
  /** A row's height before it has been seen. */
  readonly estimate: (row: Row) => number;
  /** What a row's height is remembered by: the same row keeps it across filters. */
  readonly key: (row: Row) => string;
  /** Pixels rendered beyond each edge of the viewport. */
  readonly overscan: number;
  /** The scrolling element (rendered by the host). */
  readonly viewport: () => HTMLElement | null | undefined;
  /** The rendered rows, each with `data-index` (its place in the list). */
  readonly rowSelector: string;
}

/** The rows laid out: where each starts, and the window to render. */
export interface RowLayout<Row> {
  readonly rows: readonly Row[];
  readonly offsets: readonly number[];
  readonly window: RowWindow;
}

export class VirtualRows<Row> implements ReactiveController {
  /** What the last `layout` returned: for keys and scrolling. */
  current: RowLayout<Row> | undefined;

  private readonly host: ReactiveElement;
  private readonly options: VirtualRowsOptions<Row>;
  private readonly heights = new Map<string, number>();
  /** Offsets for a list of rows, until a height changes: scrolling re-renders, and lists run to 10 000s. */
  private offsets: { rows: readonly Row[]; offsets: number[] } | undefined;
  private top = 0;
  private height = 576;
  private readonly observed = new Set<Element>();
  private frame: number | undefined;
  /** Made at the first update, not with the host: a server renders the host where ResizeObserver does not exist. */
  private observers: { readonly rows: ResizeObserver; readonly viewport: ResizeObserver } | undefined;

  constructor(host: ReactiveElement, options: VirtualRowsOptions<Row>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The viewport's height, measured (or assumed until it is). */
  get viewportHeight(): number {
    return this.options.viewport()?.clientHeight ?? this.height;
  }

  /** Lays `rows` out for the current scroll position; call it in `render`. */
  layout(rows: readonly Row[]): RowLayout<Row> {
    const { estimate, key, overscan } = this.options;
    if (this.offsets?.rows !== rows) {
      this.offsets = { rows, offsets: rowOffsets(rows.map((row) => this.heights.get(key(row)) ?? estimate(row))) };
    }
    const { offsets } = this.offsets;
    this.current = { rows, offsets, window: rowWindow(offsets, this.top, this.height, overscan) };
    return this.current;
  }

  /** The viewport's `scroll` listener. */
  readonly onScroll = (event: Event): void => {
    this.top = (event.currentTarget as HTMLElement).scrollTop;
    this.host.requestUpdate();
  };

  /** Back to the first row: when the list changes, the old position means nothing. */
  toTop(): void {
    const viewport = this.options.viewport();
    if (viewport) viewport.scrollTop = 0;
    this.top = 0;
    this.host.requestUpdate();
  }

  /** Scrolls row `index` fully into view and waits until it is rendered. */
  async reveal(index: number): Promise<void> {
    const viewport = this.options.viewport();
    const offsets = this.current?.offsets;
    if (!viewport || !offsets) return;
    const top = scrollToShow(offsets, index, viewport.scrollTop, viewport.clientHeight);
    if (Math.abs(top - viewport.scrollTop) > 0.5) viewport.scrollTop = top;
    this.top = viewport.scrollTop;
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  hostConnected(): void {
    // Observers were let go on disconnect: render again to take them up.
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observers?.rows.disconnect();
    this.observers?.viewport.disconnect();
    this.observed.clear();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  /** Measures every rendered row, and again whenever one changes size (opened, wrapped, restyled). */
  hostUpdated(): void {
    const observers = (this.observers ??= this.createObservers());
    const viewport = this.options.viewport();
    if (viewport && !this.observed.has(viewport)) {
      observers.viewport.disconnect();
      observers.viewport.observe(viewport);
      this.observed.add(viewport);
    }
    for (const element of this.observed) {
      if (!element.isConnected) {
        observers.rows.unobserve(element);
        this.observed.delete(element);
      }
    }
    for (const row of this.host.renderRoot.querySelectorAll(this.options.rowSelector)) {
      if (!this.observed.has(row)) {
        this.observed.add(row);
        observers.rows.observe(row);
      }
    }
  }

  private createObservers(): { rows: ResizeObserver; viewport: ResizeObserver } {
    return {
      rows: new ResizeObserver((entries) => {
        this.measure(entries);
      }),
      viewport: new ResizeObserver(([entry]) => {
        const height = entry?.contentRect.height ?? 0;
        if (height > 0 && Math.abs(height - this.height) > 1) {
          this.height = height;
          this.nextFrame();
        }
      }),
    };
  }

  private measure(entries: readonly ResizeObserverEntry[]): void {
    const rows = this.current?.rows;
    if (!rows) return;
    let changed = false;
    for (const entry of entries) {
      const element = entry.target as HTMLElement;
      const row = rows[Number(element.dataset.index)];
      const height = entry.borderBoxSize[0]?.blockSize ?? element.offsetHeight;
      if (row === undefined || !element.isConnected || height <= 0) continue;
      const key = this.options.key(row);
      if (Math.abs((this.heights.get(key) ?? this.options.estimate(row)) - height) > 0.5) {
        this.heights.set(key, height);
        changed = true;
      }
    }
    if (changed) {
      this.offsets = undefined;
      this.nextFrame();
    }
  }

  /** Renders again in the next frame: rendering inside a resize observer's callback would resize what it is delivering. */
  private nextFrame(): void {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.host.requestUpdate();
    });
  }
}
