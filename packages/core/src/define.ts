import { SamFhirContext } from './context/fhir-context-element.js';
import { defineElement } from './define-element.js';
import { SamNotice } from './notice/notice.js';
import { SamStatus } from './status/status.js';

defineElement('sam-fhir-context', SamFhirContext);
defineElement('sam-notice', SamNotice);
defineElement('sam-status', SamStatus);

declare global {
  interface HTMLElementTagNameMap {
    'sam-fhir-context': SamFhirContext;
    'sam-notice': SamNotice;
    'sam-status': SamStatus;
  }
}
