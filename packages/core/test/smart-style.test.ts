import { describe, expect, it } from 'vitest';
import { contrastRatio, parseCssColor } from '../src/theme/css-color.js';
import { readSmartStyle, smartStyleToTokens } from '../src/theme/smart-style.js';
import { describeRefusedStyle } from '../src/theme/smart-style.messages.js';

// The example style document of the SMART App Launch specification.
const SPEC_EXAMPLE = {
  color_background: '#edeae3',
  color_error: '#9e2d2d',
  color_highlight: '#69b5ce',
  color_modal_backdrop: 'rgba(0, 0, 0, 0.5)',
  color_success: '#498e49',
  color_text: '#303030',
  dim_border_radius: '6px',
  dim_font_size: '13px',
  dim_spacing_size: '20px',
  font_family_body: "Georgia, Times, 'Times New Roman', serif",
  font_family_heading: "'HelveticaNeue-Light', Helvetica, Arial, 'Lucida Grande', sans-serif",
};

describe('smartStyleToTokens', () => {
  it('maps every field of a legible style document onto the design tokens', () => {
    expect(
      smartStyleToTokens({
        color_background: '#edeae3',
        color_error: '#9e2d2d',
        color_highlight: '#1d5a8c',
        color_modal_backdrop: 'rgba(0, 0, 0, 0.5)',
        color_success: '#2d5f2d',
        color_text: '#303030',
        dim_border_radius: '6px',
        dim_font_size: '13px',
        dim_spacing_size: '20px',
        font_family_body: "Georgia, Times, 'Times New Roman', serif",
        font_family_heading: "'HelveticaNeue-Light', Helvetica, Arial, 'Lucida Grande', sans-serif",
      }),
    ).toEqual({
      '--sam-color-surface': '#edeae3',
      '--sam-color-danger-text': '#9e2d2d',
      '--sam-color-focus': '#1d5a8c',
      '--sam-color-info-text': '#1d5a8c',
      '--sam-color-backdrop': 'rgba(0, 0, 0, 0.5)',
      '--sam-color-success-text': '#2d5f2d',
      '--sam-color-text': '#303030',
      '--sam-radius': '6px',
      '--sam-font-size': '13px',
      '--sam-space-m': '20px',
      '--sam-font-family': "Georgia, Times, 'Times New Roman', serif",
      '--sam-font-family-heading': "'HelveticaNeue-Light', Helvetica, Arial, 'Lucida Grande', sans-serif",
    });
  });

  it('drops values that could smuggle CSS in', () => {
    expect(
      smartStyleToTokens({
        color_background: 'red; background: url(https://evil.example/x)',
        color_text: 'expression(alert(1))',
        dim_font_size: '13px}body{display:none',
        font_family_body: 'Arial; } * { color: red',
        color_error: 42,
        dim_spacing_size: { px: 4 },
      }),
    ).toEqual({});
  });

  it('returns no tokens for anything that is not a style document', () => {
    for (const value of [undefined, null, 'x', 3, [], true]) expect(smartStyleToTokens(value)).toEqual({});
  });
});

describe('readSmartStyle: floors that keep text legible', () => {
  it('keeps what the specification’s own example can keep, and says why the rest is refused', () => {
    const { tokens, refused } = readSmartStyle(SPEC_EXAMPLE);
    expect(tokens['--sam-color-text']).toBe('#303030');
    expect(tokens['--sam-color-surface']).toBe('#edeae3');
    // #69b5ce on #edeae3 is 1.9:1: too faint for a focus ring (3:1) and for text (4.5:1).
    expect(refused).toEqual([
      {
        field: 'color_highlight',
        value: '#69b5ce',
        reason: 'low-contrast',
        tokens: ['--sam-color-focus', '--sam-color-info-text'],
        actual: 1.92,
        required: 4.5,
      },
      {
        field: 'color_success',
        value: '#498e49',
        reason: 'low-contrast',
        tokens: ['--sam-color-success-text'],
        actual: 3.33,
        required: 4.5,
      },
    ]);
  });

  it('refuses transparent text, text with alpha below 1 and text the colour of the background', () => {
    const { tokens, refused } = readSmartStyle({
      color_background: '#ffffff',
      color_text: 'transparent',
      color_error: 'rgba(163, 16, 28, 0.99)',
      color_success: '#fff',
    });
    expect(tokens).toEqual({ '--sam-color-surface': '#ffffff' });
    expect(refused.map(({ field, reason }) => [field, reason])).toEqual([
      ['color_text', 'translucent'],
      ['color_error', 'translucent'],
      ['color_success', 'low-contrast'],
    ]);
    expect(refused[2]).toMatchObject({ actual: 1, required: 4.5 });
  });

  it('checks text against the theme’s surface when the document sets no background', () => {
    expect(readSmartStyle({ color_text: '#777777' }).refused).toMatchObject([
      { field: 'color_text', reason: 'low-contrast', actual: 4.47, required: 4.5 },
    ]);
    expect(readSmartStyle({ color_text: '#767676' }).tokens).toEqual({ '--sam-color-text': '#767676' });
    // In the dark theme the same grey is legible on the dark surface, and dark text is not.
    const dark = { surface: '#16191d', text: '#e8eaed' };
    expect(readSmartStyle({ color_text: '#999999' }, dark).tokens).toEqual({ '--sam-color-text': '#999999' });
    expect(readSmartStyle({ color_text: '#303030' }, dark).refused[0]?.reason).toBe('low-contrast');
  });

  it('refuses a background that the text would not read on, the document’s text or Samspill’s', () => {
    // No text colour given: Samspill's dark text on a near-black background.
    expect(readSmartStyle({ color_background: '#111111' }).refused).toMatchObject([
      { field: 'color_background', reason: 'low-contrast', required: 4.5 },
    ]);
    // The document's light text makes the same background legible.
    expect(readSmartStyle({ color_background: '#111111', color_text: '#f0f0f0' }).tokens).toEqual({
      '--sam-color-surface': '#111111',
      '--sam-color-text': '#f0f0f0',
    });
    // Both faint: both refused, Samspill's own pair stays.
    const faint = readSmartStyle({ color_background: '#202020', color_text: '#303030' });
    expect(faint.tokens).toEqual({});
    expect(faint.refused.map(({ field }) => field)).toEqual(['color_text', 'color_background']);
  });

  it('says which scheme a used background calls for; pinned, a dark background reads against the dark theme', () => {
    expect(readSmartStyle({ color_background: '#edeae3' }).scheme).toBe('light');
    expect(readSmartStyle({ color_background: '#111111', color_text: '#f0f0f0' }).scheme).toBe('dark');
    // Refused, it calls for nothing; no background, nothing either.
    expect(readSmartStyle({ color_background: '#111111' }).scheme).toBeUndefined();
    expect(readSmartStyle({ color_text: '#303030' }).scheme).toBeUndefined();
    // An app that pins its theme to the scheme: the dark theme's light text reads on it.
    expect(readSmartStyle({ color_background: '#111111' }, { pinsScheme: true })).toEqual({
      tokens: { '--sam-color-surface': '#111111' },
      refused: [],
      scheme: 'dark',
    });
    // Mid greys go to the side that reads better; #777 reads with neither theme's text (3.7:1).
    expect(readSmartStyle({ color_background: '#5a5a5a' }, { pinsScheme: true }).scheme).toBe('dark');
    expect(readSmartStyle({ color_background: '#a0a0a0' }, { pinsScheme: true }).scheme).toBe('light');
    expect(readSmartStyle({ color_background: '#777777' }, { pinsScheme: true }).refused).toMatchObject([
      { field: 'color_background', reason: 'low-contrast', actual: 3.69 },
    ]);
    // The document's faint text is refused; the dark theme's text reads on its background.
    const faintText = readSmartStyle({ color_background: '#111111', color_text: '#222222' }, { pinsScheme: true });
    expect(faintText.refused.map(({ field }) => field)).toEqual(['color_text']);
    expect(faintText.scheme).toBe('dark');
  });

  it('keeps a highlight that is enough for the focus ring (3:1) but too faint for text, for the ring only', () => {
    const { tokens, refused } = readSmartStyle({ color_highlight: '#ff0000', color_background: '#ffffff' });
    expect(tokens['--sam-color-focus']).toBe('#ff0000');
    expect(tokens['--sam-color-info-text']).toBeUndefined();
    expect(refused).toMatchObject([
      { field: 'color_highlight', tokens: ['--sam-color-info-text'], actual: 3.99, required: 4.5 },
    ]);
  });

  it('keeps a translucent backdrop: dimming what is behind a dialog is its purpose', () => {
    expect(readSmartStyle({ color_modal_backdrop: 'rgba(0, 0, 0, 0.5)' }).tokens).toEqual({
      '--sam-color-backdrop': 'rgba(0, 0, 0, 0.5)',
    });
  });

  it('bounds the font size (12–32px), the spacing (4–48px) and the corner radius (0–32px)', () => {
    const { tokens, refused } = readSmartStyle({
      dim_font_size: '0.5rem',
      dim_spacing_size: '0',
      dim_border_radius: '999px',
    });
    expect(tokens).toEqual({});
    expect(refused).toEqual([
      {
        field: 'dim_border_radius',
        value: '999px',
        reason: 'too-large',
        tokens: ['--sam-radius'],
        actual: 999,
        required: 32,
      },
      {
        field: 'dim_font_size',
        value: '0.5rem',
        reason: 'too-small',
        tokens: ['--sam-font-size'],
        actual: 8,
        required: 12,
      },
      { field: 'dim_spacing_size', value: '0', reason: 'too-small', tokens: ['--sam-space-m'], actual: 0, required: 4 },
    ]);
    expect(
      readSmartStyle({ dim_font_size: '75%', dim_border_radius: '0', dim_spacing_size: '0.25rem' }).tokens,
    ).toEqual({
      '--sam-font-size': '75%',
      '--sam-radius': '0',
      '--sam-space-m': '0.25rem',
    });
    // A percentage of spacing or radius follows the box, not the text: refused as unreadable.
    expect(readSmartStyle({ dim_spacing_size: '5%' }).refused[0]?.reason).toBe('unreadable');
  });

  it('reports what it cannot read, with the value cut short, and ignores blank fields and fields it does not know', () => {
    const long = `#${'f'.repeat(500)}`;
    const { tokens, refused } = readSmartStyle({
      color_text: 'color-mix(in srgb, red, blue)',
      color_error: long,
      dim_font_size: 13,
      font_family_body: '',
      font_family_heading: '  ',
      something_else: 'red',
    });
    expect(tokens).toEqual({});
    expect(refused.map(({ field, reason, value }) => [field, reason, value])).toEqual([
      ['color_text', 'unreadable', 'color-mix(in srgb, red, blue)'],
      ['color_error', 'unreadable', `#${'f'.repeat(58)}…`],
      ['dim_font_size', 'unreadable', ''],
    ]);
  });
});

describe('parseCssColor and contrastRatio', () => {
  it('reads hex, rgb() and hsl() in both syntaxes, with alpha, and a few names', () => {
    const black = { r: 0, g: 0, b: 0, a: 1 };
    for (const written of [
      '#000',
      '#000f',
      '#000000',
      '#000000ff',
      'rgb(0, 0, 0)',
      'rgba(0,0,0,1)',
      'rgb(0 0 0)',
      'rgb(0% 0% 0% / 100%)',
      'hsl(0, 0%, 0%)',
      'hsla(120deg 50% 0% / 1)',
      'black',
      ' BLACK ',
    ]) {
      expect(parseCssColor(written), written).toEqual(black);
    }
    expect(parseCssColor('rgb(0 0 0 / 50%)')?.a).toBe(0.5);
    expect(parseCssColor('transparent')?.a).toBe(0);
    expect(parseCssColor('hsl(120, 100%, 25%)')).toEqual({ r: 0, g: 127.5, b: 0, a: 1 });
  });

  it('reads nothing it cannot measure, and nothing that mixes the syntaxes', () => {
    for (const written of [
      'currentcolor',
      'inherit',
      'rebeccapurple',
      'var(--x)',
      'lab(50% 0 0)',
      'rgb(0, 0 0)',
      'rgb(0 0 0, 1)',
      'hsl(10%, 0%, 0%)',
      '#12',
      `rgb(${'1'.repeat(200)} 0 0)`,
    ]) {
      expect(parseCssColor(written), written).toBeUndefined();
    }
  });

  it('measures WCAG contrast: 21:1 for black on white, 1:1 for a colour on itself', () => {
    const white = parseCssColor('#fff')!;
    expect(contrastRatio(parseCssColor('#000')!, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBe(1);
    expect(contrastRatio(parseCssColor('#767676')!, white)).toBeCloseTo(4.54, 2);
  });
});

describe('describeRefusedStyle', () => {
  it('says in each language what was not used and why, the values isolated from the sentence', () => {
    const { refused } = readSmartStyle({ color_text: '#777777', dim_font_size: '8px', color_error: '\u202Ered' });
    expect(describeRefusedStyle(refused, 'nb')).toEqual({
      heading: 'Noe av journalsystemets utseende er ikke brukt',
      lines: [
        'Fargen for feil (\u2068\u202Ered\u2069) kan ikke leses.',
        'Skriftstørrelsen (8px) er 8 px, mindre enn 12 px.',
        'Tekstfargen (#777777) gir for svak kontrast: 4,47:1, minst 4,5:1 trengs.',
      ],
      kept: 'Appens egne farger og mål er brukt i stedet, så teksten forblir lesbar.',
    });
    expect(describeRefusedStyle(refused, 'nn').lines[2]).toBe(
      'Tekstfargen (#777777) gir for svak kontrast: 4,47:1, minst 4,5:1 trengst.',
    );
    expect(describeRefusedStyle(refused, 'en').lines[2]).toBe(
      'The text colour (#777777) has too little contrast: 4.47:1, at least 4.5:1 is needed.',
    );
  });
});
