import { defineCatalogue } from '../i18n/catalogue.js';
import type { Locale } from '../locale.js';

/**
 * How a status reads at a glance. Each tone has its own colour tokens (`--sam-status-<tone>-*`),
 * and each status its own icon and words, so none depends on colour alone.
 */
export const STATUS_TONES = ['current', 'attention', 'planned', 'ended', 'error', 'unknown'] as const;

export type StatusTone = (typeof STATUS_TONES)[number];

/** Icon shapes, one meaning each: ● current, ❚❚ paused, ◷ planned, ✓ done, ■ stopped, ✕ error, ? unknown. */
export const STATUS_ICONS = ['dot', 'pause', 'clock', 'check', 'stop', 'cross', 'question'] as const;

export type StatusIcon = (typeof STATUS_ICONS)[number];

/** FHIR status codes of the resources Samspill shows (medication, care plan, goal, encounter, activity). */
const STATUSES = {
  active: ['current', 'dot'],
  'in-progress': ['current', 'dot'],
  arrived: ['current', 'dot'],
  'on-hold': ['attention', 'pause'],
  suspended: ['attention', 'pause'],
  'on-target': ['current', 'dot'],
  'off-target': ['attention', 'pause'],
  intended: ['planned', 'clock'],
  draft: ['planned', 'clock'],
  planned: ['planned', 'clock'],
  proposed: ['planned', 'clock'],
  accepted: ['planned', 'clock'],
  scheduled: ['planned', 'clock'],
  'not-started': ['planned', 'clock'],
  booked: ['planned', 'clock'],
  completed: ['ended', 'check'],
  finished: ['ended', 'check'],
  achieved: ['ended', 'check'],
  fulfilled: ['ended', 'check'],
  stopped: ['ended', 'stop'],
  cancelled: ['ended', 'stop'],
  revoked: ['ended', 'stop'],
  rejected: ['ended', 'stop'],
  'not-taken': ['ended', 'stop'],
  'not-achieved': ['ended', 'stop'],
  declined: ['ended', 'stop'],
  'entered-in-error': ['error', 'cross'],
  unknown: ['unknown', 'question'],
} as const satisfies Record<string, readonly [StatusTone, StatusIcon]>;

export type KnownStatus = keyof typeof STATUSES;

const labels = defineCatalogue<Record<KnownStatus, string>>(
  {
    active: 'Aktiv',
    'in-progress': 'Pågår',
    arrived: 'Ankommet',
    'on-hold': 'Pauset',
    suspended: 'Midlertidig stanset',
    'on-target': 'I rute',
    'off-target': 'Ikke i rute',
    intended: 'Planlagt start',
    draft: 'Utkast',
    planned: 'Planlagt',
    proposed: 'Foreslått',
    accepted: 'Godtatt',
    scheduled: 'Avtalt',
    'not-started': 'Ikke startet',
    booked: 'Bestilt',
    completed: 'Avsluttet',
    finished: 'Ferdig',
    achieved: 'Nådd',
    fulfilled: 'Utført',
    stopped: 'Seponert',
    cancelled: 'Avlyst',
    revoked: 'Tilbakekalt',
    rejected: 'Avvist',
    'not-taken': 'Ikke tatt',
    'not-achieved': 'Ikke nådd',
    declined: 'Avslått',
    'entered-in-error': 'Feilregistrert',
    unknown: 'Ukjent status',
  },
  {
    nn: {
      active: 'Aktiv',
      'in-progress': 'Pågår',
      arrived: 'Komen',
      'on-hold': 'Pausa',
      suspended: 'Mellombels stansa',
      'on-target': 'I rute',
      'off-target': 'Ikkje i rute',
      intended: 'Planlagd start',
      draft: 'Utkast',
      planned: 'Planlagd',
      proposed: 'Føreslått',
      accepted: 'Godteken',
      scheduled: 'Avtalt',
      'not-started': 'Ikkje starta',
      booked: 'Bestilt',
      completed: 'Avslutta',
      finished: 'Ferdig',
      achieved: 'Nådd',
      fulfilled: 'Utført',
      stopped: 'Seponert',
      cancelled: 'Avlyst',
      revoked: 'Tilbakekalla',
      rejected: 'Avvist',
      'not-taken': 'Ikkje teken',
      'not-achieved': 'Ikkje nådd',
      declined: 'Avslått',
      'entered-in-error': 'Feilregistrert',
      unknown: 'Ukjend status',
    },
    en: {
      active: 'Active',
      'in-progress': 'In progress',
      arrived: 'Arrived',
      'on-hold': 'On hold',
      suspended: 'Suspended',
      'on-target': 'On target',
      'off-target': 'Off target',
      intended: 'Planned start',
      draft: 'Draft',
      planned: 'Planned',
      proposed: 'Proposed',
      accepted: 'Accepted',
      scheduled: 'Scheduled',
      'not-started': 'Not started',
      booked: 'Booked',
      completed: 'Completed',
      finished: 'Finished',
      achieved: 'Achieved',
      fulfilled: 'Fulfilled',
      stopped: 'Stopped',
      cancelled: 'Cancelled',
      revoked: 'Revoked',
      rejected: 'Rejected',
      'not-taken': 'Not taken',
      'not-achieved': 'Not achieved',
      declined: 'Declined',
      'entered-in-error': 'Entered in error',
      unknown: 'Unknown status',
    },
  },
);

export interface StatusPresentation {
  readonly tone: StatusTone;
  readonly icon: StatusIcon;
  readonly label: string;
}

/** Tone, icon and words for a FHIR status code; an unknown code is shown as itself, never hidden. */
export function statusPresentation(code: unknown, locale: Locale): StatusPresentation {
  const key = typeof code === 'string' ? code.trim().toLowerCase() : '';
  if (Object.hasOwn(STATUSES, key)) {
    const [tone, icon] = STATUSES[key as KnownStatus];
    return { tone, icon, label: labels[locale][key as KnownStatus] };
  }
  return { tone: 'unknown', icon: 'question', label: key || labels[locale].unknown };
}
