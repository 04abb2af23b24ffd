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

/** `--sam-*` custom properties and their values, ready for `applyTokens` or a style attribute. */
export type Tokens = Readonly<Record<`--sam-${string}`, string>>;

const COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla)\(\s*[\d.%\s,/+-]+\)|[a-z]{3,20})$/i;
const LENGTH = /^(0|\d{1,4}(\.\d{1,4})?(px|em|rem|%))$/;
const FONT_FAMILY = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;

/** Which tokens each style field sets. The EHR's colours replace ours; our status colours stay. */
const MAPPING: readonly [keyof SmartStyle, RegExp, readonly `--sam-${string}`[]][] = [
  ['color_background', COLOR, ['--sam-color-surface']],
  ['color_text', COLOR, ['--sam-color-text']],
  ['color_highlight', COLOR, ['--sam-color-focus', '--sam-color-info-text']],
  ['color_error', COLOR, ['--sam-color-danger-text']],
  ['color_success', COLOR, ['--sam-color-success-text']],
  ['color_modal_backdrop', COLOR, ['--sam-color-backdrop']],
  ['dim_border_radius', LENGTH, ['--sam-radius']],
  ['dim_font_size', LENGTH, ['--sam-font-size']],
  ['dim_spacing_size', LENGTH, ['--sam-space-m']],
  ['font_family_body', FONT_FAMILY, ['--sam-font-family']],
  ['font_family_heading', FONT_FAMILY, ['--sam-font-family-heading']],
];

/**
 * Maps a SMART style document onto Samspill's design tokens. Values that are not a plain colour,
 * length or font list are dropped, so a hostile style document cannot inject CSS.
 */
export function smartStyleToTokens(style: unknown): Tokens {
  const tokens: Record<string, string> = {};
  if (typeof style !== 'object' || style === null) return tokens;
  for (const [field, pattern, names] of MAPPING) {
    const value = (style as SmartStyle)[field];
    if (typeof value !== 'string' || !pattern.test(value.trim())) continue;
    for (const name of names) tokens[name] = value.trim();
  }
  return tokens;
}

/** Sets tokens on an element (typically `document.documentElement` or a `<sam-fhir-context>`). */
export function applyTokens(element: HTMLElement, tokens: Tokens): void {
  for (const [name, value] of Object.entries(tokens)) element.style.setProperty(name, value);
}
