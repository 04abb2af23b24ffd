// Every English string of @samspill/medication-list: import this module to have them in the bundle, or let the
// components fetch it when something is shown in English.
import '@samspill/core/locales/en.js';
import '../medication-list.labels.en.js';
import '../medication-list.messages.en.js';
import '../medication-day.messages.en.js';
