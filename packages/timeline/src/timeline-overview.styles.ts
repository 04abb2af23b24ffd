import { css } from 'lit';
import { componentStyles, stateStyles } from '@samspill/core';

/** A quiet chart: marks, bars and lane lines in colours with 3:1 contrast, the selection outlined. */
export const overviewStyles = [
  stateStyles,
  componentStyles,
  css`
    :host {
      min-width: 0;
      --_mark: var(--sam-timeline-overview-mark, var(--sam-color-info-text, #0b4f8a));
      --_now: var(--sam-timeline-overview-now, var(--sam-color-danger-text, #a3101c));
      --_selection: var(--sam-timeline-overview-selection, var(--sam-color-focus, #1f5fbf));
      --_surface: var(--sam-color-surface, #ffffff);
    }

    .base {
      position: relative;
      gap: var(--sam-space-xs, 0.25rem);
    }

    p {
      margin: 0;
    }

    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--sam-space-xs, 0.25rem);
    }

    button {
      min-height: 2.75rem;
      padding: 0 var(--sam-space-s, 0.5rem);
      border: 1px solid var(--_quiet);
      border-radius: var(--sam-radius, 0.375rem);
      background: var(--_surface);
      font-size: var(--sam-font-size-small, 0.875rem);
      cursor: pointer;
    }

    button:disabled {
      cursor: default;
      opacity: 0.6;
    }

    .chart:focus-visible {
      outline: var(--_focus);
      outline-offset: 2px;
    }

    /* The chart takes every touch itself: one finger pans, two pinch. The page around it still scrolls. */
    .chart {
      min-width: 0;
      overflow: hidden;
      touch-action: none;
      user-select: none;
      cursor: grab;
      border-radius: var(--sam-radius, 0.375rem);
    }

    .chart:active {
      cursor: grabbing;
    }

    .chart.is-brushing {
      cursor: crosshair;
    }

    button[aria-pressed='true'] {
      border-color: var(--_selection);
      background: color-mix(in srgb, var(--_selection) 12%, var(--_surface));
      box-shadow: inset 0 0 0 1px var(--_selection);
    }

    .canvas {
      display: block;
      width: 100%;
      font-size: 0.75rem;
    }

    .tick,
    .lane-label {
      fill: var(--_quiet);
    }

    .lane-label {
      fill: var(--sam-color-text, #1b1f24);
    }

    .grid {
      stroke: var(--sam-color-border, #c7ccd1);
      stroke-width: 1;
    }

    .baseline {
      stroke: var(--_quiet);
      stroke-width: 1;
    }

    .points {
      fill: var(--_mark);
      stroke: var(--_surface);
      stroke-width: 1;
    }

    .bars {
      fill: var(--_mark);
    }

    /* Known only to the year or month: a faint bar with a dashed outline, not a day. */
    .vague {
      fill: color-mix(in srgb, var(--_mark) 15%, transparent);
      stroke: var(--_mark);
      stroke-width: 1;
      stroke-dasharray: 3 2;
    }

    .now {
      stroke: var(--_now);
      stroke-width: 2;
      stroke-dasharray: 4 3;
    }

    .now-label {
      fill: var(--_now);
      font-weight: 600;
    }

    .selection,
    .brush {
      fill: color-mix(in srgb, var(--_selection) 12%, transparent);
      stroke: var(--_selection);
      stroke-width: 2;
    }

    .brush {
      stroke-dasharray: 5 3;
    }

    .description,
    .legend {
      font-size: var(--sam-font-size-small, 0.875rem);
      color: var(--_quiet);
    }

    @media (forced-colors: active) {
      .points,
      .bars {
        fill: CanvasText;
      }

      .vague,
      .baseline {
        stroke: CanvasText;
      }

      .now,
      .selection,
      .brush {
        stroke: Highlight;
      }
    }
  `,
];
