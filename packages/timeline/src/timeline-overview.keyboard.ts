// The overview chart's keys: ← → pan, Page Up and Page Down a whole window, + and − zoom, Home and
// End jump to the first and last event, 0 shows everything, Enter chooses the window, Escape clears.
import { moveTo, pan, zoom, type OverviewExtent, type TimeWindow } from './timeline-overview.model.js';

/** How much one press of + or − (or the zoom buttons) zooms. */
export const ZOOM_STEP = 1.5;
/** How far one arrow key pans, as a share of the window; with Shift, half a window. */
const PAN_STEP = 0.1;

/** What a key does: show another window (undefined: everything), choose the window, or clear the range. */
export type OverviewKeyAction =
  | { readonly kind: 'view'; readonly view: TimeWindow | undefined }
  | { readonly kind: 'choose' }
  | { readonly kind: 'clear' };

export interface OverviewKeyState {
  readonly view: TimeWindow;
  readonly bounds: TimeWindow;
  readonly extent: OverviewExtent;
  /** Whether a range is chosen: Escape only means something then. */
  readonly selected: boolean;
}

/** The window zoomed by `factor` around its middle. */
export function zoomAround(view: TimeWindow, factor: number, bounds: TimeWindow): TimeWindow {
  return zoom(view, factor, (view.from + view.to) / 2, bounds);
}

/** What a key pressed on the chart does; undefined for a key the chart leaves alone. */
export function overviewKeyAction(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
  state: OverviewKeyState,
): OverviewKeyAction | undefined {
  const { view, bounds, extent } = state;
  const step = event.shiftKey ? 0.5 : PAN_STEP;
  const show = (next: TimeWindow | undefined): OverviewKeyAction => ({ kind: 'view', view: next });
  switch (event.key) {
    case 'ArrowLeft':
      return show(pan(view, -step, bounds));
    case 'ArrowRight':
      return show(pan(view, step, bounds));
    case 'PageUp':
      return show(pan(view, -1, bounds));
    case 'PageDown':
      return show(pan(view, 1, bounds));
    case '+':
    case '=':
      return show(zoomAround(view, ZOOM_STEP, bounds));
    case '-':
    case '_':
      return show(zoomAround(view, 1 / ZOOM_STEP, bounds));
    case 'Home':
      return show(moveTo(view, extent.first, 'start', bounds));
    case 'End':
      return show(moveTo(view, extent.last, 'end', bounds));
    case '0':
      return show(undefined);
    case 'Enter':
      return { kind: 'choose' };
    case 'Escape':
      // Left alone without a selection, so a dialog around the chart still closes.
      return state.selected ? { kind: 'clear' } : undefined;
    default:
      return undefined;
  }
}
