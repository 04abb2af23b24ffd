// The list's keyboard: one event holds the tab stop, and ↑ ↓ Home End PageUp PageDown move it from
// event to event — rendering and scrolling to rows the window had not rendered yet.
import type { ReactiveElement } from 'lit';
import type { TimelineRow } from './timeline.rows.js';
import type { VirtualRows } from './timeline.virtual-rows.js';
import { rowAt } from './timeline.window.js';

const FOCUSABLE = '.event-title, .disclosure';

/**
 * Which event (a position in `eventRows`) a key moves to from the event at `position`; undefined
 * for a key that does not move. `offsets` are the rows' tops, `page` the viewport's height.
 */
export function movedTo(
  key: string,
  position: number,
  eventRows: readonly number[],
  offsets: readonly number[],
  page: number,
): number | undefined {
  const index = eventRows[position] ?? 0;
  // The first event row at or below a height.
  const eventBelow = (y: number): number => {
    const row = rowAt(offsets, y);
    const found = eventRows.findIndex((candidate) => candidate >= row);
    return found < 0 ? eventRows.length - 1 : found;
  };
  let next: number;
  switch (key) {
    case 'ArrowDown':
      next = position + 1;
      break;
    case 'ArrowUp':
      next = position - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = eventRows.length - 1;
      break;
    case 'PageDown':
      next = Math.max(position + 1, eventBelow((offsets[index] ?? 0) + page));
      break;
    case 'PageUp':
      next = Math.min(position - 1, eventBelow((offsets[index] ?? 0) - page));
      break;
    default:
      return undefined;
  }
  return Math.max(0, Math.min(eventRows.length - 1, next));
}

export interface EventKeysOptions {
  readonly rows: VirtualRows<TimelineRow>;
  /** The row index of each event in the list, in order. */
  readonly eventRows: () => readonly number[] | undefined;
  /** The event (key) that now holds the tab stop. */
  readonly activate: (key: string) => void;
}

/** Handlers for the list's `keydown` and `focusin`. */
export class EventKeys {
  readonly #host: ReactiveElement;
  readonly #options: EventKeysOptions;

  constructor(host: ReactiveElement, options: EventKeysOptions) {
    this.#host = host;
    this.#options = options;
  }

  readonly onFocusin = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    if (!target.matches(FOCUSABLE)) return;
    const key = target.closest<HTMLElement>('li.row-event')?.dataset.key;
    if (key !== undefined) this.#options.activate(key);
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    const eventRows = this.#options.eventRows();
    const offsets = this.#options.rows.current?.offsets;
    if (!eventRows || !offsets || !target.matches(FOCUSABLE)) return;
    const position = eventRows.indexOf(Number(target.closest<HTMLElement>('li.row')?.dataset.index));
    if (position < 0) return;
    const next = movedTo(event.key, position, eventRows, offsets, this.#options.rows.viewportHeight);
    if (next === undefined) return;
    event.preventDefault();
    const row = eventRows[next];
    if (row !== undefined && next !== position) {
      void this.#focusRow(row, target.classList.contains('disclosure') ? '.disclosure' : '.event-title');
    }
  };

  /** Scrolls an event's row into view (rendering it) and focuses its title or disclosure button. */
  async #focusRow(index: number, selector: string): Promise<void> {
    const { rows } = this.#options;
    const row = rows.current?.rows[index];
    if (row?.kind !== 'event') return;
    this.#options.activate(row.event.key);
    // Rows above may change height once rendered and measured: try again until the row is there.
    for (let attempt = 0; attempt < 3; attempt++) {
      await rows.reveal(index);
      const button = this.#host.renderRoot.querySelector<HTMLElement>(
        `li.row[data-index="${String(index)}"] ${selector}`,
      );
      if (button) {
        button.scrollIntoView({ block: 'nearest' });
        button.focus();
        return;
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }
}
