// Every nynorsk string of @samspill/care-plan: import this module to have them in the bundle, or let the
// components fetch it when something is shown in nynorsk.
import '@samspill/core/locales/nn.js';
import '../care-plan.labels.nn.js';
import '../care-plan.messages.nn.js';
