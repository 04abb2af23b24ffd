// A long record in two steps, as a Lit controller: the first screen's model at once (see
// timeline.first-screen.ts), and the whole record's after that screen has been painted, built a
// slice at a time between frames so the first screen can be scrolled and read meanwhile. The
// element shows `of(model)`: the first screen until the whole is built, then the whole.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { firstScreenInput } from './timeline.first-screen.js';
import type { TimelineModel } from './timeline.model.js';

/** A model built in steps: `timelineModelSteps`. */
export type ModelSteps = Generator<undefined, TimelineModel, undefined>;

// The longest slice of the whole model's work between two pauses, in milliseconds: within a frame.
const SLICE_MS = 12;

export class FirstPaint implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** The first screen shown, and the steps that build the whole it stands for. */
  #pending: { readonly first: TimelineModel; readonly steps: ModelSteps } | undefined;
  #done: { readonly first: TimelineModel; readonly whole: TimelineModel } | undefined;
  readonly #firstScreens = new WeakSet<TimelineModel>();
  #frame: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * The model of `input` to show first: its first screen when it is long (the whole follows once
   * that is painted), else the whole. `model` builds a model at once, `steps` in steps.
   */
  first(
    input: unknown,
    model: (input: unknown) => TimelineModel,
    steps: (input: unknown) => ModelSteps,
  ): TimelineModel {
    this.#cancel();
    this.#pending = undefined;
    const first = this.preview(input, model);
    if (this.#firstScreens.has(first)) this.#pending = { first, steps: steps(input) };
    return first;
  }

  /** The first screen of `input` when it is long, else its whole model; nothing follows. */
  preview(input: unknown, model: (input: unknown) => TimelineModel): TimelineModel {
    const cut = firstScreenInput(input);
    const first = cut && model(cut);
    // A first screen with no events might hide problems the whole would show: the whole, then.
    if (!first || first.events.length === 0) return model(input);
    this.#firstScreens.add(first);
    return first;
  }

  /** What to show for a model `first` returned: the whole, once it is built. */
  of(model: TimelineModel): TimelineModel {
    return this.#done?.first === model ? this.#done.whole : model;
  }

  /** Whether `model` is only a first screen (the newest events of a longer record). */
  isFirstScreen(model: TimelineModel): boolean {
    return this.#firstScreens.has(model);
  }

  hostUpdated(): void {
    if (!this.#pending || this.#frame !== undefined || this.#timer !== undefined) return;
    // After the next frame is painted: an animation frame comes before painting, a task after it.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#slice();
    });
  }

  hostDisconnected(): void {
    // What is pending goes on from where it was when the element is back.
    this.#cancel();
  }

  /** Builds for a slice of time, then lets the browser render and handle input before the next. */
  #slice(): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const pending = this.#pending;
      if (!pending) return;
      const until = performance.now() + SLICE_MS;
      for (;;) {
        const step = pending.steps.next();
        if (step.done) {
          this.#pending = undefined;
          this.#done = { first: pending.first, whole: step.value };
          this.#host.requestUpdate();
          return;
        }
        if (performance.now() >= until) break;
      }
      this.#slice();
    });
  }

  #cancel(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#frame = undefined;
    this.#timer = undefined;
  }
}
