// Every English string of @samspill/timeline: import this module to have them in the bundle, or let the
// components fetch it when something is shown in English.
import '@samspill/core/locales/en.js';
import '../timeline.labels.en.js';
import '../timeline.messages.en.js';
import '../timeline.status.en.js';
