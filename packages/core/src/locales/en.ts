// Every English string of @samspill/core: import this module to have them in the bundle, or let the
// components fetch it when something is shown in English.
import '../element/controls-toggle.labels.en.js';
import '../element/source-view.labels.en.js';
import '../format/age.en.js';
import '../format/codeable-concept.en.js';
import '../format/contact-point.en.js';
import '../format/dosage.en.js';
import '../format/identifier.en.js';
import '../format/known-codes.en.js';
import '../format/partial-date.en.js';
import '../format/period.en.js';
import '../format/quantity.en.js';
import '../format/reference.en.js';
import '../format/source-json.en.js';
import '../format/timing-when.en.js';
import '../format/timing.en.js';
import '../format/unknown-date.en.js';
import '../state/failure-message.en.js';
import '../state/outcome-message.en.js';
import '../theme/smart-style.messages.en.js';
