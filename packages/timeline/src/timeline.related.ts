// What an event refers to (its encounter, the results it is based on), named by the event those
// resources are in the timeline, else in the reference's own words: never by a raw `Type/id`.
import { isolateBidi, resourceKey } from '@samspill/core/data.js';
import type { TimelineEvent } from './timeline.event.js';
import type { TimelineModel } from './timeline.model.js';

// Built once per model: an index of every resource behind an event.
const indexes = new WeakMap<TimelineModel, Map<string, TimelineEvent>>();

/** "Legekonsultasjon (7. mai 2024)" for each resource `event.related` names; never the event itself. */
export function relatedTitles(event: TimelineEvent, model: TimelineModel | undefined): string[] {
  if (!model) return event.related.map((reference) => reference.text);
  let byKey = indexes.get(model);
  if (!byKey) {
    byKey = new Map();
    for (const candidate of model.events) {
      for (const resource of candidate.resources) {
        const key = resourceKey(resource);
        if (key && !byKey.has(key)) byKey.set(key, candidate);
      }
    }
    indexes.set(model, byKey);
  }
  return event.related.flatMap((reference) => {
    const target = byKey.get(reference.key);
    if (target === event) return [];
    // Isolated: a right-to-left override in a title must not turn the date after it around.
    return [target ? `${isolateBidi(target.title)} (${target.date.text})` : reference.text];
  });
}
