// Every nynorsk string of @samspill/core: import this module to have them in the bundle, or let the
// components fetch it when something is shown in nynorsk.
import '../element/controls-toggle.labels.nn.js';
import '../element/source-view.labels.nn.js';
import '../format/age.nn.js';
import '../format/codeable-concept.nn.js';
import '../format/contact-point.nn.js';
import '../format/dosage.nn.js';
import '../format/identifier.nn.js';
import '../format/known-codes.nn.js';
import '../format/partial-date.nn.js';
import '../format/period.nn.js';
import '../format/quantity.nn.js';
import '../format/reference.nn.js';
import '../format/source-json.nn.js';
import '../format/timing-when.nn.js';
import '../format/timing.nn.js';
import '../format/unknown-date.nn.js';
import '../state/failure-message.nn.js';
import '../state/outcome-message.nn.js';
import '../theme/smart-style.messages.nn.js';
