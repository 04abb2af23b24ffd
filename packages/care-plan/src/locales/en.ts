// Every English string of @samspill/care-plan: import this module to have them in the bundle, or let the
// components fetch it when something is shown in English.
import '@samspill/core/locales/en.js';
import '../care-plan.labels.en.js';
import '../care-plan.messages.en.js';
