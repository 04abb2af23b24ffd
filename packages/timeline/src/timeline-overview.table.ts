import { html, type TemplateResult } from 'lit';
import { formatNumber, type Locale } from '@samspill/core/data.js';
import { overviewLabels } from './timeline-overview.labels.js';
import type { BinnedLane } from './timeline-overview.model.js';

/** The chart's counts as a table for assistive technology: per lane, events in the window and in all. */
export function renderLaneTable(lanes: readonly BinnedLane[], locale: Locale): TemplateResult {
  const t = overviewLabels[locale];
  // Hidden through a wrapper: a table grows to fit its cells, whatever width it is given.
  return html`<div class="sam-visually-hidden">
    <table>
      <caption>
        ${t.lanes}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.category}</th>
          <th scope="col">${t.inWindow}</th>
          <th scope="col">${t.total}</th>
        </tr>
      </thead>
      <tbody>
        ${lanes.map(
          (lane) =>
            html`<tr>
              <th scope="row">${lane.lane.label}</th>
              <td>${formatNumber(lane.count, { locale })}</td>
              <td>${formatNumber(lane.lane.count, { locale })}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
