import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/locale.js';
import { STATUS_ICONS, statusPresentation } from '../src/status/clinical-status.js';

describe('statusPresentation', () => {
  it.each([
    ['active', 'current', 'dot', 'Aktiv', 'Aktiv', 'Active'],
    ['on-hold', 'attention', 'pause', 'Pauset', 'Pausa', 'On hold'],
    ['intended', 'planned', 'clock', 'Planlagt start', 'Planlagd start', 'Planned start'],
    ['completed', 'ended', 'check', 'Avsluttet', 'Avslutta', 'Completed'],
    ['stopped', 'ended', 'stop', 'Seponert', 'Seponert', 'Stopped'],
    ['entered-in-error', 'error', 'cross', 'Feilregistrert', 'Feilregistrert', 'Entered in error'],
  ] as const)('%s is %s with a %s icon', (code, tone, icon, nb, nn, en) => {
    expect(statusPresentation(code, 'nb')).toEqual({ tone, icon, label: nb });
    expect(statusPresentation(code, 'nn').label).toBe(nn);
    expect(statusPresentation(code, 'en').label).toBe(en);
  });

  it('tells paused from stopped from done by icon, not only by colour', () => {
    const icons = ['on-hold', 'stopped', 'completed', 'active', 'intended', 'entered-in-error'].map(
      (code) => statusPresentation(code, 'nb').icon,
    );
    expect(new Set(icons).size).toBe(icons.length);
    for (const icon of icons) expect(STATUS_ICONS).toContain(icon);
  });

  it('accepts codes in any case and with stray spaces', () => {
    expect(statusPresentation(' On-Hold ', 'nb').label).toBe('Pauset');
  });

  it('shows an unknown code as itself rather than hiding it, and says so when there is none', () => {
    expect(statusPresentation('weird-status', 'nb')).toEqual({
      tone: 'unknown',
      icon: 'question',
      label: 'weird-status',
    });
    for (const value of [undefined, null, 42, {}, ['active'], '']) {
      expect(statusPresentation(value, 'nb').label).toBe('Ukjent status');
    }
    for (const locale of LOCALES) expect(statusPresentation('constructor', locale).tone).toBe('unknown');
  });
});
