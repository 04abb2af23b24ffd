// The day view (view="day") is a chunk of its own, fetched the first time a list shows it with data:
// a page that shows only the list never pays for it. Until it is here the list shows a placeholder;
// if it cannot be fetched (a deploy replaced it, the network dropped) the list says so, and only a
// reload brings it.
import type { ReactiveControllerHost } from 'lit';
import type * as DayModule from './medication-list.day.js';

export type DayView = typeof DayModule;

export type DayViewState = DayView | 'loading' | 'failed';

export class DayViewLoad {
  private state: DayViewState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The day view's module: an `import()`, so bundlers split it off. */
    private readonly load: () => Promise<DayView>,
    /** What the host does with the module before drawing it (adopt its styles). */
    private readonly arrived: (module: DayView) => void,
  ) {}

  /** The module, or where its fetch stands; the first call starts the fetch. */
  request(): DayViewState {
    if (this.state) return this.state;
    this.state = 'loading';
    this.load().then(
      (module) => {
        this.arrived(module);
        this.settle(module);
      },
      (error: unknown) => {
        console.warn("[samspill] The medication list's day view could not be loaded.", error);
        this.settle('failed');
      },
    );
    return this.state;
  }

  private settle(state: DayViewState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
