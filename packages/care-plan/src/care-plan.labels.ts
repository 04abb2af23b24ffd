import { defineCatalogue } from '@samspill/core/data.js';

// Bokmål, nynorsk and English all have one singular: exactly 1.
export const count = (n: number, one: string, other: string): string => `${n} ${n === 1 ? one : other}`;

/** The element's own words (headings, buttons, labels), next to the model's in care-plan.messages.ts. */
export const carePlanLabels = defineCatalogue({
  empty: 'Ingen planer er registrert.',
  plans: (n: number) => count(n, 'plan', 'planer'),
  planList: 'Planer',
  allPlans: (n: number) => `Alle planer (${String(n)})`,
  subPlans: (title: string, n: number) => `Delplaner under ${title} (${n})`,
  whatMatters: 'Hva er viktig for meg',
  patientGoal: 'Pasientens eget mål',
  type: 'Type',
  category: 'Kategori',
  intent: 'Hensikt',
  period: 'Periode',
  author: 'Ansvarlig for planen',
  source: 'Kilde',
  coordinator: 'Koordinator',
  careTeam: 'Ansvarsgruppe',
  conditions: 'Helseproblemer planen gjelder',
  goals: 'Mål',
  noGoals: 'Planen har ingen mål.',
  target: 'Mål for måling',
  measure: 'Måling',
  due: 'Frist',
  progress: 'Fremgang',
  latest: 'Siste måling',
  status: 'Status',
  achievement: 'Måloppnåelse',
  trend: (first: string, latest: string, target: string, n: number) =>
    `Utvikling over ${n} målinger: første ${first}, siste ${latest}${target ? `, mål ${target}` : ''}.`,
  activities: 'Aktiviteter',
  noActivities: 'Planen har ingen aktiviteter.',
  next: 'Neste',
  schedule: 'Når',
  responsible: 'Ansvarlig',
  resourceStatus: 'Status i kilden',
  reason: 'Årsak',
  outcome: 'Resultat',
  doNotPerform: 'Skal ikke utføres',
  overdue: 'Forfalt – skulle vært utført',
  overdueSummary: (n: number) => (n === 1 ? '1 aktivitet er forfalt.' : `${String(n)} aktiviteter er forfalt.`),
  zones: 'Soner',
  criterion: 'Når',
  instructions: 'Hva du gjør',
  problems: 'Mangler i dataene',
});

export type CarePlanLabels = (typeof carePlanLabels)['nb'];
