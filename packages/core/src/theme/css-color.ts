// CSS colours as a style document writes them, read strictly enough to measure contrast: hex, rgb()
// and hsl() (with or without `a`, comma or space syntax) and a few names. Anything else (color-mix(),
// lab(), currentcolor, var()) reads as nothing, so it is refused rather than guessed at.

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

// The sixteen HTML colours, orange and grey, and transparent. The full CSS table (148 names) would add
// about 1.1 kB gzip to every app that reads a style document; EHRs' style documents write hex or rgb().
// A name not here is refused and reported, never applied unchecked.
const NAMED: Readonly<Record<string, string>> = {
  black: '000',
  silver: 'c0c0c0',
  gray: '808080',
  grey: '808080',
  white: 'fff',
  maroon: '800000',
  red: 'f00',
  purple: '800080',
  fuchsia: 'f0f',
  green: '008000',
  lime: '0f0',
  olive: '808000',
  yellow: 'ff0',
  navy: '000080',
  blue: '00f',
  teal: '008080',
  aqua: '0ff',
  orange: 'ffa500',
  transparent: '0000',
};

// Unambiguous (no two ways to split digits), so a long hostile value cannot make the match backtrack.
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?`;
/** `rgb(…)` and `hsl(…)`, their `a` forms alike: commas between all or (modern) spaces and `/ alpha`. */
const colorFunction = (separator: string, alphaSeparator: string) =>
  new RegExp(
    `^(rgb|hsl)a?\\(\\s*(${NUMBER})(%|deg)?${separator}(${NUMBER})(%?)${separator}(${NUMBER})(%?)` +
      `(?:${alphaSeparator}(${NUMBER})(%?))?\\s*\\)$`,
  );
const LEGACY = colorFunction(String.raw`\s*,\s*`, String.raw`\s*,\s*`);
const MODERN = colorFunction(String.raw`\s+`, String.raw`\s*/\s*`);

const clamp = (value: number, max: number) => Math.min(max, Math.max(0, value));

/** A colour as sRGB, or undefined for anything this does not read. */
export function parseCssColor(value: string): Rgba | undefined {
  if (value.length > 100) return undefined;
  const color = value.trim().toLowerCase();
  const named = Object.hasOwn(NAMED, color) ? NAMED[color] : undefined;
  const hex = named ?? /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(color)?.[1];
  if (hex !== undefined) {
    const digits = hex.length <= 4 ? hex.replace(/./g, '$&$&') : hex;
    const [r = 0, g = 0, b = 0, a = 255] = (digits.match(/../g) ?? []).map((pair) => parseInt(pair, 16));
    return { r, g, b, a: a / 255 };
  }
  const match = LEGACY.exec(color) ?? MODERN.exec(color);
  if (!match) return undefined;
  const [, kind, first = '', firstUnit, second = '', secondUnit, third = '', thirdUnit, alpha, alphaUnit] = match;
  const a = alpha === undefined ? 1 : clamp(Number(alpha) / (alphaUnit ? 100 : 1), 1);
  if (kind === 'rgb') {
    if (firstUnit === 'deg') return undefined;
    const channel = (text: string, unit: string | undefined) =>
      clamp(unit ? (Number(text) * 255) / 100 : Number(text), 255);
    return { r: channel(first, firstUnit), g: channel(second, secondUnit), b: channel(third, thirdUnit), a };
  }
  if (firstUnit === '%') return undefined;
  return { ...hslToRgb(Number(first), clamp(Number(second), 100) / 100, clamp(Number(third), 100) / 100), a };
}

function hslToRgb(hue: number, saturation: number, lightness: number): Omit<Rgba, 'a'> {
  const h = (((hue % 360) + 360) % 360) / 30;
  const chroma = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + h) % 12;
    return 255 * (lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: channel(0), g: channel(8), b: channel(4) };
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
