// Pointer, touch and wheel on the overview chart: the wheel zooms around the pointer (or pans, sideways),
// a drag pans, two fingers pinch, and a drag with Shift held (or in brush mode) brushes a range.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pan, zoom, type TimeWindow } from './timeline-overview.model.js';

// A pointer that moves less than this is a click, not a drag or a brush.
const DRAG_SLOP = 4;

type Gesture =
  | { readonly kind: 'pan'; readonly x: number; readonly view: TimeWindow }
  | { readonly kind: 'brush'; readonly x: number; readonly at: number }
  | { readonly kind: 'pinch'; readonly distance: number; readonly anchor: number; readonly view: TimeWindow };

/** What the gestures read from and do to the overview element. */
export interface OverviewGestureTarget {
  /** The chart the handlers are bound to. */
  chart(): HTMLElement | undefined;
  /** The width the axis is drawn at, in pixels. */
  width(): number;
  visibleWindow(): TimeWindow;
  bounds(): TimeWindow;
  setView(view: TimeWindow): void;
  /** Whether a plain drag brushes instead of panning. */
  brushMode(): boolean;
  /** A range was brushed. */
  brushed(range: TimeWindow): void;
}

/**
 * The chart's pointer and wheel handlers, and the range being brushed. Bind `onWheel`, `onPointerDown`,
 * `onPointerMove` and `onPointerUp` (also for `pointercancel`) on the chart.
 */
export class OverviewGestures implements ReactiveController {
  /** The range being brushed, drawn while the pointer is down. */
  get brush(): TimeWindow | undefined {
    return this.brushing;
  }

  private brushing: TimeWindow | undefined;
  private readonly pointers = new Map<number, number>();
  private gesture: Gesture | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly target: OverviewGestureTarget,
  ) {
    host.addController(this);
  }

  // Pointer capture ends with the element's place in the document; a stale pointer would make the next drag a pinch.
  hostDisconnected(): void {
    this.pointers.clear();
    this.gesture = undefined;
  }

  readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    const scale =
      event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 400 : 1;
    const dx = event.deltaX * scale;
    const dy = event.deltaY * scale;
    const view = this.target.visibleWindow();
    if (Math.abs(dx) > Math.abs(dy)) {
      this.target.setView(pan(view, dx / this.target.width(), this.target.bounds()));
    } else if (dy !== 0) {
      // A trackpad pinch arrives as a wheel with Ctrl and small steps: it zooms faster per step.
      const factor = Math.exp(-dy / (event.ctrlKey ? 100 : 300));
      this.target.setView(zoom(view, factor, this.instantAt(event.clientX), this.target.bounds()));
    }
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    try {
      // Captured, so a drag that leaves the chart still ends here.
      this.target.chart()?.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser does not know (a synthetic event) cannot be captured; the drag still works.
    }
    this.pointers.set(event.pointerId, event.clientX);
    if (this.pointers.size === 2) {
      const [a = 0, b = 0] = [...this.pointers.values()];
      this.setBrush(undefined);
      const anchor = this.instantAt((a + b) / 2);
      const view = this.target.visibleWindow();
      this.gesture = { kind: 'pinch', distance: Math.max(Math.abs(a - b), 1), anchor, view };
    } else if (this.pointers.size === 1) {
      this.gesture =
        event.shiftKey || this.target.brushMode()
          ? { kind: 'brush', x: event.clientX, at: this.instantAt(event.clientX) }
          : { kind: 'pan', x: event.clientX, view: this.target.visibleWindow() };
    }
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId) || !this.gesture) return;
    this.pointers.set(event.pointerId, event.clientX);
    const gesture = this.gesture;
    const width = this.target.chart()?.getBoundingClientRect().width ?? 0;
    if (gesture.kind === 'pan') {
      const moved = event.clientX - gesture.x;
      if (Math.abs(moved) >= DRAG_SLOP && width > 0) {
        this.target.setView(pan(gesture.view, -moved / width, this.target.bounds()));
      }
    } else if (gesture.kind === 'brush') {
      const at = this.instantAt(event.clientX);
      this.setBrush(
        Math.abs(event.clientX - gesture.x) >= DRAG_SLOP
          ? { from: Math.min(gesture.at, at), to: Math.max(gesture.at, at) }
          : undefined,
      );
    } else {
      const [a = 0, b = 0] = [...this.pointers.values()];
      const factor = Math.max(Math.abs(a - b), 1) / gesture.distance;
      this.target.setView(zoom(gesture.view, factor, gesture.anchor, this.target.bounds()));
    }
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (!this.pointers.delete(event.pointerId)) return;
    const brush = this.brushing;
    if (this.gesture?.kind === 'brush' && brush && event.type === 'pointerup') this.target.brushed(brush);
    this.setBrush(undefined);
    // A pinch that loses a finger goes on as a pan with the other.
    const [remaining] = this.pointers.values();
    this.gesture =
      remaining === undefined ? undefined : { kind: 'pan', x: remaining, view: this.target.visibleWindow() };
  };

  /** The instant under a client x coordinate. */
  private instantAt(clientX: number): number {
    const box = this.target.chart()?.getBoundingClientRect();
    const view = this.target.visibleWindow();
    if (!box || box.width === 0) return (view.from + view.to) / 2;
    return view.from + ((clientX - box.left) / box.width) * (view.to - view.from);
  }

  private setBrush(brush: TimeWindow | undefined): void {
    if (brush === this.brushing) return;
    this.brushing = brush;
    this.host.requestUpdate();
  }
}
