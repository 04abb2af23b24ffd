// `sam-select`, the one event every Samspill component fires when the reader chooses something in it,
// declared once so several components can live in one TypeScript program (and one page).

/** What was chosen, of which kind (`medication`, `goal`, `activity`, …), and the FHIR resources behind it. */
export interface SamSelectDetail<Kind extends string = string, Item = unknown> {
  readonly kind: Kind;
  readonly item: Item;
  readonly resources: readonly unknown[];
}

/** `sam-select`, bubbling and composed, so an app can listen on any ancestor. */
export function selectEvent<Detail extends SamSelectDetail>(detail: Detail): CustomEvent<Detail> {
  return new CustomEvent('sam-select', { bubbles: true, composed: true, detail });
}

declare global {
  interface HTMLElementEventMap {
    /** Narrow `detail.kind` to know what `detail.item` is. */
    'sam-select': CustomEvent<SamSelectDetail>;
  }
}
