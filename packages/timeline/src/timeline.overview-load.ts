// The overview axis is a chunk of its own (about a fifth of the timeline's code), fetched the first
// time a timeline is wide enough to show it or is asked to: a narrow pane that keeps it folded never
// pays for it, and a wide one fetches it while the record loads. Until it is here the panel says so;
// if it cannot be fetched, the panel says that instead and the list works as before.
import type { ReactiveControllerHost } from 'lit';

export type OverviewLoadState = 'loading' | 'ready' | 'failed';

export class OverviewLoad {
  private state: OverviewLoadState | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Defines `<sam-timeline-overview>`: an `import()`, so bundlers split it off. */
    private readonly load: () => Promise<unknown>,
  ) {}

  /** Where the overview stands; the first call starts the fetch. */
  request(): OverviewLoadState {
    if (this.state) return this.state;
    if (customElements.get('sam-timeline-overview')) return (this.state = 'ready');
    this.state = 'loading';
    this.load().then(
      () => {
        this.settle('ready');
      },
      (error: unknown) => {
        console.warn('[samspill] <sam-timeline-overview> could not be loaded.', error);
        this.settle('failed');
      },
    );
    return this.state;
  }

  private settle(state: OverviewLoadState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
