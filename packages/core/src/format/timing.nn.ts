import { translate } from '../i18n/catalogue.js';
import { unitWords, perUnit, everyNth, weekdays, messages, word } from './timing.js';

translate(unitWords, 'nn', {
  s: word('sekund', 'sekund'),
  min: word('minutt', 'minutt'),
  h: word('time', 'timar'),
  d: word('dag', 'dagar'),
  wk: word('veke', 'veker'),
  mo: word('månad', 'månader'),
  a: word('år', 'år'),
});

translate(perUnit, 'nn', {
  s: 'i sekundet',
  min: 'i minuttet',
  h: 'i timen',
  d: 'dagleg',
  wk: 'i veka',
  mo: 'i månaden',
  a: 'i året',
});

translate(everyNth, 'nn', {
  s: (nth) => `kvart ${nth} sekund`,
  min: (nth) => `kvart ${nth} minutt`,
  h: (nth) => `kvar ${nth} time`,
  d: (nth) => `kvar ${nth} dag`,
  wk: (nth) => `kvar ${nth} veke`,
  mo: (nth) => `kvar ${nth} månad`,
  a: (nth) => `kvart ${nth} år`,
});

translate(weekdays, 'nn', {
  mon: 'måndag',
  tue: 'tysdag',
  wed: 'onsdag',
  thu: 'torsdag',
  fri: 'fredag',
  sat: 'laurdag',
  sun: 'sundag',
});

translate(messages, 'nn', {
  ordinal: (low, high) => (high ? `${low}.–${high}.` : `${low}.`),
  times: (count, shown) => (count === 1 ? `${shown} gong` : `${shown} gongar`),
  timesRange: (shown) => `${shown} gongar`,
  perAmount: (amount) => `per ${amount}`,
  total: (count, shown) => (count === 1 ? 'berre 1 gong' : `${shown} gongar totalt`),
  totalRange: (shown) => `${shown} gongar totalt`,
  duration: (amount) => `over ${amount}`,
  bounds: (amount) => `i ${amount}`,
  fromTo: (start, end) => `frå ${start} til ${end}`,
  atTimes: (times) => `kl. ${times}`,
  everyWeekday: (days) => `kvar ${days}`,
  and: 'og',
});
