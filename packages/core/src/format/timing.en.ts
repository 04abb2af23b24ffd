import { translate } from '../i18n/catalogue.js';
import { unitWords, perUnit, everyNth, weekdays, messages, word } from './timing.js';

translate(unitWords, 'en', {
  s: word('second', 'seconds'),
  min: word('minute', 'minutes'),
  h: word('hour', 'hours'),
  d: word('day', 'days'),
  wk: word('week', 'weeks'),
  mo: word('month', 'months'),
  a: word('year', 'years'),
});

translate(perUnit, 'en', {
  s: 'a second',
  min: 'a minute',
  h: 'an hour',
  d: 'daily',
  wk: 'a week',
  mo: 'a month',
  a: 'a year',
});

translate(everyNth, 'en', {
  s: (nth) => `every ${nth} seconds`,
  min: (nth) => `every ${nth} minutes`,
  h: (nth) => `every ${nth} hours`,
  d: (nth) => `every ${nth} days`,
  wk: (nth) => `every ${nth} weeks`,
  mo: (nth) => `every ${nth} months`,
  a: (nth) => `every ${nth} years`,
});

translate(weekdays, 'en', {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
});

translate(messages, 'en', {
  ordinal: (low, high) => (high ? `${low}–${high}` : low),
  times: (count, shown) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${shown} times`),
  timesRange: (shown) => `${shown} times`,
  perAmount: (amount) => `every ${amount}`,
  total: (count, shown) => (count === 1 ? 'once only' : `${shown} times in total`),
  totalRange: (shown) => `${shown} times in total`,
  duration: (amount) => `over ${amount}`,
  bounds: (amount) => `for ${amount}`,
  fromTo: (start, end) => `from ${start} to ${end}`,
  atTimes: (times) => `at ${times}`,
  everyWeekday: (days) => `every ${days}`,
  and: 'and',
});
