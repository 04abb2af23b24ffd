/**
 * Registers a custom element unless its tag is already taken.
 *
 * EHRs embed apps in shared pages and iframes where two bundles of Samspill may meet; a second
 * `customElements.define` for the same tag would throw and blank the app, so it is skipped instead.
 * When the tag belongs to a different class (another copy or version), the first one wins and we say so.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): void {
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, constructor);
  } else if (existing !== constructor) {
    console.warn(`[samspill] <${tag}> is already defined by another copy of Samspill; keeping the first definition.`);
  }
}
