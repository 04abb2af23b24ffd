// `sam-select`, the one event every Samspill component fires when the reader chooses something in it,
// declared once so several components can live in one TypeScript program (and one page).

/** What was chosen, of which kind (`medication`, `goal`, `activity`, …), and the FHIR resources behind it. */
export interface SamSelectDetail<Kind extends string = string, Item = unknown> {
  readonly kind: Kind;
  readonly item: Item;
  readonly resources: readonly unknown[];
}

declare global {
  /**
   * What each kind of `sam-select` carries as its `item`, by kind. Each component package adds its
   * own (`medication: MedicationRow`), so a listener that narrows `detail.kind` gets the item's type.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the component packages
  interface SamSelectItemMap {}
}

type RegisteredKind = Extract<keyof SamSelectItemMap, string>;

type RegisteredDetail = {
  [Kind in RegisteredKind]: SamSelectDetail<Kind, SamSelectItemMap[Kind]>;
}[RegisteredKind];

/** Every registered kind with its item, as a union to narrow by `kind`; with none registered, any kind. */
export type AnySamSelectDetail = [RegisteredDetail] extends [never] ? SamSelectDetail : RegisteredDetail;

/**
 * `sam-select`, bubbling and composed, so an app can listen on any ancestor (or the document).
 *
 * @example
 *   list.addEventListener('sam-select', (event) => {
 *     if (event.detail.kind === 'medication') show(event.detail.item.name);
 *   });
 */
export class SamSelectEvent<Detail extends SamSelectDetail = AnySamSelectDetail> extends CustomEvent<Detail> {
  static readonly eventName = 'sam-select';

  constructor(detail: Detail) {
    super(SamSelectEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sam-select': SamSelectEvent;
  }
}
