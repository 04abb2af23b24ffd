// While a long record loads: what has arrived so far, when to model it again, and the progress bar
// above the events already shown. Modelling 13 000 events takes about half a second, so a model is
// rebuilt at most about once a second, and only when enough has arrived since the last one.
import { html, type TemplateResult } from 'lit';
import { renderSkeleton } from '@samspill/core';
import type { TimelineLabels } from './timeline.labels.js';
import type { TimelineProgress } from './timeline.progress.js';
import type { TimelineModel } from './timeline.model.js';

/** A load in progress: the searches so far, and a model of what has arrived when there is enough. */
export interface Streaming {
  readonly progress: TimelineProgress;
  readonly model?: TimelineModel;
  /** The progress `model` was built at: what is announced (at most as often as the model is rebuilt). */
  readonly built?: TimelineProgress;
  /** When `model` was built (`performance.now()`), and from how many resources. */
  readonly builtAt: number;
  readonly builtFrom: number;
}

// The model is rebuilt at most this often, and only once this many more resources have arrived.
const REBUILD_MS = 1000;
const REBUILD_RESOURCES = 200;

/** The next streaming state: `build` runs only when enough is new and the last model is old enough. */
export function streamed(
  previous: Streaming | undefined,
  progress: TimelineProgress,
  now: number,
  build: (progress: TimelineProgress) => TimelineModel,
): Streaming {
  const fresh = progress.resources.length - (previous?.builtFrom ?? 0);
  const due = previous === undefined || now - previous.builtAt >= REBUILD_MS;
  if (fresh >= REBUILD_RESOURCES && due) {
    const model = build(progress);
    return { progress, model, built: progress, builtAt: now, builtFrom: progress.resources.length };
  }
  // Nothing built yet: the first model is due as soon as enough has arrived.
  return { ...(previous ?? { builtAt: -Infinity, builtFrom: 0 }), progress };
}

/** "1 200 av ca. 48 000 hendelser" when the servers gave totals, else the searches done and the count so far. */
export function progressText(progress: TimelineProgress, t: TimelineLabels): string {
  return progress.expected === undefined
    ? t.progressText(progress.searchesDone, progress.searchesTotal, progress.matched)
    : t.progressOf(progress.matched, progress.expected);
}

/** While loading: a skeleton, then the events that have arrived (`events`), under a progress bar. */
export function renderStreaming(
  streaming: Streaming | undefined,
  t: TimelineLabels,
  events: (model: TimelineModel) => TemplateResult,
): TemplateResult {
  if (!streaming) return renderSkeleton();
  const { progress, model, built } = streaming;
  // Counted in matches when the servers said how many to expect, else in searches.
  const [value, max] =
    progress.expected === undefined
      ? [progress.searchesDone, progress.searchesTotal]
      : [Math.min(progress.matched, progress.expected), Math.max(1, progress.expected)];
  return html`<div class="progress">
      <p id="progress-label">${progressText(progress, t)}</p>
      <div class="sam-visually-hidden progress-status" role="status">${built ? progressText(built, t) : ''}</div>
      <progress aria-labelledby="progress-label" max=${max} value=${value}></progress>
    </div>
    ${model ? events(model) : renderSkeleton()}`;
}
