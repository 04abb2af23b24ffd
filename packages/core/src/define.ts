import { defineElement } from './define-element.js';
import { SamNotice } from './notice/notice.js';

defineElement('sam-notice', SamNotice);

declare global {
  interface HTMLElementTagNameMap {
    'sam-notice': SamNotice;
  }
}
