// Every nynorsk string of @samspill/medication-list: import this module to have them in the bundle, or let the
// components fetch it when something is shown in nynorsk.
import '@samspill/core/locales/nn.js';
import '../medication-list.labels.nn.js';
import '../medication-list.messages.nn.js';
import '../medication-day.messages.nn.js';
