// Every nynorsk string of @samspill/allergies: import this module to have them in the bundle, or let the
// component fetch it when something is shown in nynorsk.
import '@samspill/core/locales/nn.js';
import '../allergies.labels.nn.js';
import '../allergies.messages.nn.js';
