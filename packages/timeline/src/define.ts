import '@samspill/core/define.js';
import { defineElement } from '@samspill/core';
import { SamTimeline } from './timeline.js';

defineElement('sam-timeline', SamTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sam-timeline': SamTimeline;
  }
}
