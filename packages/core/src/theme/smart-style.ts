import { contrastRatio, luminance, parseCssColor, type Rgba } from './css-color.js';

/**
 * The style document an EHR links from the SMART launch (`smart_style_url`), so apps can blend in.
 * Every field is optional and comes from outside: treat it as untrusted.
 */
export interface SmartStyle {
  readonly color_background?: unknown;
  readonly color_error?: unknown;
  readonly color_highlight?: unknown;
  readonly color_modal_backdrop?: unknown;
  readonly color_success?: unknown;
  readonly color_text?: unknown;
  readonly dim_border_radius?: unknown;
  readonly dim_font_size?: unknown;
  readonly dim_spacing_size?: unknown;
  readonly font_family_body?: unknown;
  readonly font_family_heading?: unknown;
}

/** `--sam-*` custom properties and their values, ready for `applyTokens` (which sets them through the CSSOM). */
export type Tokens = Readonly<Record<`--sam-${string}`, string>>;

/**
 * Why a style field was not used: `unreadable` (not a colour, length or font list Samspill reads),
 * `translucent` (a colour that is transparent or has alpha below 1, where text must stay legible),
 * `low-contrast` (below the contrast floor against the background), `too-small` or `too-large`
 * (a length outside its bounds).
 */
export const STYLE_REFUSALS = ['unreadable', 'translucent', 'low-contrast', 'too-small', 'too-large'] as const;
export type StyleRefusal = (typeof STYLE_REFUSALS)[number];

/** A field of the style document that was not used, and why. */
export interface RefusedStyleField {
  /** The style document's field, `color_text`. */
  readonly field: keyof SmartStyle;
  /** The value as written, cut to 60 characters; empty when it was not a string. */
  readonly value: string;
  readonly reason: StyleRefusal;
  /** The tokens the field would have set and did not (`color_highlight` may keep the focus ring and lose the info text). */
  readonly tokens: readonly `--sam-${string}`[];
  /** `low-contrast`: the ratio the colour has (to two decimals); a length's size in px. */
  readonly actual?: number;
  /** `low-contrast`: the ratio required; `too-small`/`too-large`: the bound in px. */
  readonly required?: number;
}

/** The tokens of a style document, and the fields refused. */
export interface SmartStyleResult {
  readonly tokens: Tokens;
  readonly refused: readonly RefusedStyleField[];
  /**
   * The colour scheme the document's background calls for, when its background is used: `dark`
   * below the luminance where light and dark text contrast equally with it. An app that pins its
   * theme to it (`data-sam-theme`, `<sam-fhir-context theme>`) gets every colour the document does
   * not set (borders, quiet text, status colours) to match.
   */
  readonly scheme?: 'light' | 'dark';
}

/** What the document's colours are checked against where it sets no background or text colour. */
export interface SmartStyleOptions {
  /** The surface the components sit on when the document sets none. Default: the light theme's, `#ffffff`. */
  readonly surface?: string;
  /** The components' text colour when the document sets none. Default: the light theme's, `#1b1f24`. */
  readonly text?: string;
  /**
   * The caller pins its theme to `scheme`: a background is then checked against the text of the
   * theme it calls for (a dark EHR's background against the dark theme's light text), not `text`.
   */
  readonly pinsScheme?: boolean;
}

/** Text against its background: WCAG 2.2 success criterion 1.4.3 (AA, normal text). */
export const MIN_TEXT_CONTRAST = 4.5;
/** The focus ring against the background: WCAG 2.2 success criterion 1.4.11 (non-text contrast). */
export const MIN_FOCUS_CONTRAST = 3;

// px; rem, em and % are read against the browser's default 16px.
type Rule =
  | { readonly kind: 'color' | 'backdrop' | 'font' }
  | { readonly kind: 'length'; readonly min: number; readonly max: number; readonly percent: boolean };

const COLOR: Rule = { kind: 'color' };
// A backdrop dims what is behind a dialog: it is meant to be translucent.
const BACKDROP: Rule = { kind: 'backdrop' };
const FONT: Rule = { kind: 'font' };
/** 12–32px: below 12px body text is hard to read for many (0.75rem). */
const FONT_SIZE: Rule = { kind: 'length', min: 12, max: 32, percent: true };
/** 4–48px: the base gap between parts; 0 runs them together. A percentage would follow the page's width. */
const SPACING: Rule = { kind: 'length', min: 4, max: 48, percent: false };
/** 0–32px: beyond that, rows and panels turn into pills. */
const RADIUS: Rule = { kind: 'length', min: 0, max: 32, percent: false };

/** Which tokens each style field sets. The EHR's colours replace ours; our status colours stay. */
const MAPPING: readonly [keyof SmartStyle, Rule, readonly `--sam-${string}`[]][] = [
  ['color_background', COLOR, ['--sam-color-surface']],
  ['color_text', COLOR, ['--sam-color-text']],
  ['color_highlight', COLOR, ['--sam-color-focus', '--sam-color-info-text']],
  ['color_error', COLOR, ['--sam-color-danger-text']],
  ['color_success', COLOR, ['--sam-color-success-text']],
  ['color_modal_backdrop', BACKDROP, ['--sam-color-backdrop']],
  ['dim_border_radius', RADIUS, ['--sam-radius']],
  ['dim_font_size', FONT_SIZE, ['--sam-font-size']],
  ['dim_spacing_size', SPACING, ['--sam-space-m']],
  ['font_family_body', FONT, ['--sam-font-family']],
  ['font_family_heading', FONT, ['--sam-font-family-heading']],
];

const LENGTH = /^(\d{1,4}(?:\.\d{1,4})?)(px|rem|em|%)?$/;
const PX_PER_UNIT: Readonly<Record<string, number>> = { px: 1, rem: 16, em: 16, '%': 0.16 };
const FONT_FAMILY = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;
const LONGEST_VALUE = 200;
const LIGHT_SURFACE: Rgba = { r: 255, g: 255, b: 255, a: 1 };
// The text of the light and dark themes (tokens.ts).
const LIGHT_TEXT: Rgba = { r: 0x1b, g: 0x1f, b: 0x24, a: 1 };
const DARK_TEXT: Rgba = { r: 0xe8, g: 0xea, b: 0xed, a: 1 };
// The relative luminance where black and white text contrast equally with a background.
const DARK_BELOW = 0.179;

/** What a refusal shows of the value: a string as written, cut short; nothing for anything else. */
function shownValue(value: unknown): string {
  if (typeof value !== 'string') return '';
  const cut = value.length > 60 ? `${value.slice(0, 59).replace(/[\uD800-\uDBFF]$/, '')}…` : value;
  return cut.trim();
}

/**
 * Maps a SMART style document onto Samspill's design tokens, and says which fields it refused.
 * Only plain colours, lengths and font lists are read, so a hostile document cannot inject CSS; and
 * only values that keep text legible are used: text, error, success and highlight colours opaque and
 * at least 4.5:1 against the background (the document's, else `options.surface`), the focus ring
 * 3:1, a background our text still reads on, a font size of 12–32px, spacing of 4–48px and radii
 * of 0–32px. Whatever is refused keeps Samspill's own value.
 */
export function readSmartStyle(style: unknown, options: SmartStyleOptions = {}): SmartStyleResult {
  const tokens: Record<string, string> = {};
  const refused: RefusedStyleField[] = [];
  if (typeof style !== 'object' || style === null || Array.isArray(style)) return { tokens, refused };
  const refuse = (field: keyof SmartStyle, raw: unknown, reason: StyleRefusal, more: Partial<RefusedStyleField>) => {
    const names = MAPPING.find(([name]) => name === field)?.[2] ?? [];
    refused.push({ field, value: shownValue(raw), reason, tokens: names, ...more });
  };

  const colors = new Map<keyof SmartStyle, { value: string; rgba: Rgba }>();
  for (const [field, rule, names] of MAPPING) {
    const raw = (style as SmartStyle)[field];
    // Unset, however the EHR writes it: absent, null or an empty string (a field left blank).
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) continue;
    const value = typeof raw === 'string' && raw.length <= LONGEST_VALUE ? raw.trim() : '';
    if (rule.kind === 'length') {
      const match = LENGTH.exec(value);
      const unit = match?.[2] ?? (match?.[1] && Number(match[1]) === 0 ? 'px' : undefined);
      if (!match || unit === undefined || (unit === '%' && !rule.percent)) {
        refuse(field, raw, 'unreadable', {});
        continue;
      }
      const px = Number(match[1]) * (PX_PER_UNIT[unit] ?? 1);
      if (px < rule.min) refuse(field, raw, 'too-small', { actual: px, required: rule.min });
      else if (px > rule.max) refuse(field, raw, 'too-large', { actual: px, required: rule.max });
      else for (const name of names) tokens[name] = value;
    } else if (rule.kind === 'font') {
      if (FONT_FAMILY.test(value)) for (const name of names) tokens[name] = value;
      else refuse(field, raw, 'unreadable', {});
    } else {
      const rgba = parseCssColor(value);
      if (!rgba) refuse(field, raw, 'unreadable', {});
      else if (rule.kind === 'backdrop') for (const name of names) tokens[name] = value;
      else if (rgba.a < 1) refuse(field, raw, 'translucent', {});
      else colors.set(field, { value, rgba });
    }
  }

  // Colours against the background they will be read on: the document's, else the theme's surface.
  const background = colors.get('color_background');
  const surface = background?.rgba ?? optionalColor(options.surface) ?? LIGHT_SURFACE;
  for (const [field, , names] of MAPPING) {
    const color = colors.get(field);
    if (!color || field === 'color_background') continue;
    const ratio = contrastRatio(color.rgba, surface);
    const failed = names.filter((name) => ratio < floorOf(name));
    for (const name of names) if (!failed.includes(name)) tokens[name] = color.value;
    if (failed.length > 0) {
      refuse(field, color.value, 'low-contrast', {
        tokens: failed,
        actual: Math.floor(ratio * 100) / 100,
        required: Math.max(...failed.map(floorOf)),
      });
    }
  }
  // A background must keep the text legible: the document's text colour if it was used, else ours
  // (the pinned scheme's, when the caller follows `scheme`).
  let scheme: SmartStyleResult['scheme'];
  if (background) {
    const calledFor = luminance(background.rgba) < DARK_BELOW ? 'dark' : 'light';
    const themeText = options.pinsScheme
      ? { light: LIGHT_TEXT, dark: DARK_TEXT }[calledFor]
      : (optionalColor(options.text) ?? LIGHT_TEXT);
    const documentText = tokens['--sam-color-text'] === undefined ? undefined : colors.get('color_text')?.rgba;
    const ratio = contrastRatio(documentText ?? themeText, background.rgba);
    if (ratio >= MIN_TEXT_CONTRAST) {
      tokens['--sam-color-surface'] = background.value;
      scheme = calledFor;
    } else {
      refuse('color_background', background.value, 'low-contrast', {
        actual: Math.floor(ratio * 100) / 100,
        required: MIN_TEXT_CONTRAST,
      });
    }
  }
  return scheme ? { tokens, refused, scheme } : { tokens, refused };
}

function floorOf(token: string): number {
  return token === '--sam-color-focus' ? MIN_FOCUS_CONTRAST : MIN_TEXT_CONTRAST;
}

function optionalColor(value: string | undefined): Rgba | undefined {
  const rgba = value === undefined ? undefined : parseCssColor(value);
  return rgba?.a === 1 ? rgba : undefined;
}

/**
 * The tokens of a SMART style document: `readSmartStyle(style).tokens`, for callers that do not
 * report what was refused.
 */
export function smartStyleToTokens(style: unknown, options?: SmartStyleOptions): Tokens {
  return readSmartStyle(style, options).tokens;
}

/** Sets tokens on an element (typically `document.documentElement` or a `<sam-fhir-context>`). */
export function applyTokens(element: HTMLElement, tokens: Tokens): void {
  for (const [name, value] of Object.entries(tokens)) element.style.setProperty(name, value);
}
