/** What `sam-range-change` carries: the chosen range, or undefined when it was cleared. */
export type SamRangeChangeDetail = { readonly from: Date; readonly to: Date } | undefined;

/**
 * `sam-range-change`, bubbling and composed: a range was chosen on the overview axis (`{ from, to }`)
 * or cleared (`undefined`).
 *
 * @example
 *   overview.addEventListener('sam-range-change', (event) => {
 *     filterTo(event.detail);
 *   });
 */
export class SamRangeChangeEvent extends CustomEvent<SamRangeChangeDetail> {
  static readonly eventName = 'sam-range-change';

  constructor(detail: SamRangeChangeDetail) {
    super(SamRangeChangeEvent.eventName, { bubbles: true, composed: true, detail });
    // CustomEvent turns an undefined detail into null; "cleared" is undefined, as declared.
    if (detail === undefined) Object.defineProperty(this, 'detail', { value: undefined });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sam-range-change': SamRangeChangeEvent;
  }
}
