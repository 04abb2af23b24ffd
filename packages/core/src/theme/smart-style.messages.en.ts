import { translate } from '../i18n/catalogue.js';
import { smartStyleMessages } from './smart-style.messages.js';

translate(smartStyleMessages, 'en', {
  heading: 'Some of the record system’s style was not used',
  kept: 'The app’s own colours and sizes are used instead, so the text stays legible.',
  color_background: 'The background colour',
  color_text: 'The text colour',
  color_highlight: 'The highlight colour',
  color_error: 'The error colour',
  color_success: 'The success colour',
  color_modal_backdrop: 'The backdrop behind dialogs',
  dim_border_radius: 'The corner radius',
  dim_font_size: 'The font size',
  dim_spacing_size: 'The spacing',
  font_family_body: 'The font',
  font_family_heading: 'The heading font',
  unreadable: (what: string, value: string) => `${what}${value} cannot be read.`,
  translucent: (what: string, value: string) => `${what}${value} is transparent.`,
  lowContrast: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} has too little contrast: ${actual}:1, at least ${required}:1 is needed.`,
  tooSmall: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} is ${actual} px, smaller than ${required} px.`,
  tooLarge: (what: string, value: string, actual: string, required: string) =>
    `${what}${value} is ${actual} px, larger than ${required} px.`,
});
