import { html } from 'lit';
import { DataController, renderDataState, SamFhirElement } from '@samspill/core';
import { loadTimeline } from './timeline.load.js';
import { timelineModel, type TimelineModel } from './timeline.model.js';

/**
 * The shared patient timeline: every event from kommune, sykehus and fastlege by clinical date.
 *
 * @summary The patient's events from every organisation, by clinical date.
 */
export class SamTimeline extends SamFhirElement {
  protected readonly timeline = new DataController<TimelineModel>(this, {
    args: () => [this.dataSource, this.patientId, this.resources, this.effectiveLocale],
    ready: () => this.dataSource !== undefined && (this.patientId !== undefined || this.resources !== undefined),
    isEmpty: (model) => model.events.length === 0 && model.problems.length === 0,
    load: async (signal) => {
      const locale = this.effectiveLocale;
      const patient = this.patientId;
      if (patient === undefined) return { data: timelineModel(this.resources, { locale }), failures: [] };
      const source = this.dataSource;
      if (source === undefined) return { data: timelineModel([], { locale }), failures: [] };
      const loaded = await loadTimeline(source, patient, { signal });
      return { data: timelineModel(loaded.resources, { locale }), failures: loaded.failures };
    },
  });

  protected override render() {
    const locale = this.effectiveLocale;
    return html`${renderDataState(this.timeline, {
      locale,
      empty: '—',
      describe: (model) => String(model.events.length),
      data: (model) => html`<ol>
        ${model.events.slice(0, 50).map((event) => html`<li>${event.date.text} ${event.title}</li>`)}
      </ol>`,
    })}`;
  }
}
