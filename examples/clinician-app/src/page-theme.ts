// The app's colours follow the EHR. Its style document's background pins the theme that suits it
// (dark or light), so every colour the document does not set (borders, status colours) matches; with
// no background the system's colour scheme decides.
import { applyTokens, type SmartStyleResult } from '@samspill/core/data.js';

/** Puts the EHR's design tokens on the page and pins the theme its background calls for. */
export function applyEhrStyle({ tokens, scheme }: SmartStyleResult): void {
  const root = document.documentElement;
  applyTokens(root, tokens);
  if (scheme !== undefined) root.dataset.samTheme = scheme;
}
