import { describe, expect, it } from 'vitest';
import { smartStyleToTokens } from '../src/theme/smart-style.js';

describe('smartStyleToTokens', () => {
  it('maps every field of a SMART style document onto the design tokens', () => {
    expect(
      smartStyleToTokens({
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
      }),
    ).toEqual({
      '--sam-color-surface': '#edeae3',
      '--sam-color-danger-text': '#9e2d2d',
      '--sam-color-focus': '#69b5ce',
      '--sam-color-info-text': '#69b5ce',
      '--sam-color-backdrop': 'rgba(0, 0, 0, 0.5)',
      '--sam-color-success-text': '#498e49',
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
