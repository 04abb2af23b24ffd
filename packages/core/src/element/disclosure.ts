// What a view needs for items that open and close: which are open, and an id per item for
// `aria-controls` that is short, stable and safe in an attribute whatever the item's key holds.

/** `open` with `key` added, or removed if it was there: a new set, so Lit sees the change. */
export function toggled(open: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(open);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}

/** Numbers for keys, the same number for the same key for as long as the view lives. */
export class ElementIds {
  readonly #ids = new Map<string, number>();

  of(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size + 1;
      this.#ids.set(key, id);
    }
    return id;
  }
}
