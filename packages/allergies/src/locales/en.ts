// Every English string of @samspill/allergies: import this module to have them in the bundle, or let the
// component fetch it when something is shown in English.
import '@samspill/core/locales/en.js';
import '../allergies.labels.en.js';
import '../allergies.messages.en.js';
