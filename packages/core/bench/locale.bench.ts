import type { Benchmarks } from '../../../scripts/bench/api.js';
import { resolveLocale } from '../src/locale.js';

const TAGS = ['nb-NO', 'nn', 'en-GB', 'no', 'sv-SE', '', 'NN-no'];

export default {
  [`resolveLocale × ${TAGS.length} tags`]: () => TAGS.map(resolveLocale),
} satisfies Benchmarks;
