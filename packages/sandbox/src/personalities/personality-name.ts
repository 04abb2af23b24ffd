// Which EHRs the sandbox can play, by name. Apart from `Personality` because launches and grants record
// the name alone, and the personality type itself refers to grants: one file would tie all three together.
export const PERSONALITY_NAMES = ['smart-v2', 'epic', 'oracle-health', 'dips'] as const;

export type PersonalityName = (typeof PERSONALITY_NAMES)[number];
