// A component rendered on a server (@lit-labs/ssr) arrives with its shadow root as declarative shadow
// DOM. With @lit-labs/ssr-client's hydration support loaded, its first update takes that DOM over, and
// only if it renders the same templates: a different one throws and leaves a second copy beside it. The
// server never loads data, so it rendered the idle state; this makes the first update in the browser
// render that too, however early the page gave the element a source, and the next one load.
import type { ReactiveController, ReactiveElement } from 'lit';

export class Hydration implements ReactiveController {
  /** True from connection until the first update is done, for an element with server-rendered DOM to take over. */
  pending = false;

  private readonly host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) return;
    // Lit's render root is made by now: the declarative shadow root, kept by hydration support with Lit's
    // part markers in it (without that support, attaching the shadow root emptied it).
    this.pending = [...this.host.renderRoot.childNodes].some(
      (node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'),
    );
  }

  hostUpdated(): void {
    if (!this.pending) return;
    this.pending = false;
    // After this update, not during it: Lit's dev mode would take a request inside one for a mistake.
    void this.host.updateComplete.then(() => {
      this.host.requestUpdate();
    });
  }
}
