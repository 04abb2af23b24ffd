import { dips } from './dips.js';
import { epic } from './epic.js';
import { oracleHealth } from './oracle-health.js';
import type { PersonalityName } from './personality-name.js';
import type { Personality } from './personality.js';
import { smartV2 } from './smart-v2.js';

export const PERSONALITIES: Readonly<Record<PersonalityName, Personality>> = {
  'smart-v2': smartV2,
  epic,
  'oracle-health': oracleHealth,
  dips,
};
