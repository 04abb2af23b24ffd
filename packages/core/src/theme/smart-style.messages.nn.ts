import { translate } from '../i18n/catalogue.js';
import { smartStyleMessages } from './smart-style.messages.js';

translate(smartStyleMessages, 'nn', {
  heading: 'Noko av utsjånaden til journalsystemet er ikkje brukt',
  kept: 'Appen sine eigne fargar og mål er brukte i staden, så teksten held seg lesbar.',
  color_background: 'Bakgrunnsfargen',
  color_text: 'Tekstfargen',
  color_highlight: 'Uthevingsfargen',
  color_error: 'Fargen for feil',
  color_success: 'Fargen for fullført',
  color_modal_backdrop: 'Bakgrunnen bak dialogar',
  dim_border_radius: 'Hjørneavrundinga',
  dim_font_size: 'Skriftstorleiken',
  dim_spacing_size: 'Avstanden',
  font_family_body: 'Skrifttypen',
  font_family_heading: 'Skrifttypen for overskrifter',
  unreadable: (what: string, value: string) => `${what}${value} kan ikkje lesast.`,
  translucent: (what: string, value: string) => `${what}${value} er gjennomsiktig.`,
  lowContrast: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} gir for svak kontrast: ${actual}:1, minst ${required}:1 trengst.`,
  tooSmall: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} er ${actual} px, mindre enn ${required} px.`,
  tooLarge: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} er ${actual} px, større enn ${required} px.`,
});
