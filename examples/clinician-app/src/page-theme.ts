// The app's colours follow the EHR. Its style document's background pins the theme that suits it
// (dark or light), so every colour the document does not set (borders, status colours) matches; with
// no background the system's colour scheme decides.
import { applyTokens, type Tokens } from '@samspill/core/data.js';

// The relative luminance where black and white text contrast equally with a background (WCAG 2.1).
const DARK_BELOW = 0.179;

/** Puts the EHR's design tokens on the page and pins the theme its background calls for. */
export function applyEhrStyle(tokens: Tokens): void {
  const root = document.documentElement;
  applyTokens(root, tokens);
  const surface = tokens['--sam-color-surface'];
  const luminance = surface === undefined ? undefined : relativeLuminance(surface);
  if (luminance !== undefined) root.dataset.samTheme = luminance < DARK_BELOW ? 'dark' : 'light';
}

/** WCAG 2.1's relative luminance of a CSS colour, as the browser reads it; undefined if it cannot. */
function relativeLuminance(color: string): number | undefined {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = color;
  document.body.append(probe);
  const channels = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(getComputedStyle(probe).color);
  probe.remove();
  if (!channels) return undefined;
  const [r = 0, g = 0, b = 0] = channels.slice(1).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
