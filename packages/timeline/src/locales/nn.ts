// Every nynorsk string of @samspill/timeline: import this module to have them in the bundle, or let the
// components fetch it when something is shown in nynorsk.
import '@samspill/core/locales/nn.js';
import '../timeline.labels.nn.js';
import '../timeline.messages.nn.js';
import '../timeline.status.nn.js';
