// What an app may set on a Samspill element from a framework, derived from the element class itself
// so the React and Vue typings (jsx.ts, vue.ts) never drift from the properties the element has.
import type { LitElement } from 'lit';

/**
 * An element's own public, writable, non-method properties, all optional: `source`, `patient`,
 * `resources`, `locale` and each component's own (`now`, `timeZone`). LitElement's and HTMLElement's are left out.
 */
export type ElementProps<E extends LitElement> = {
  -readonly [K in OwnSettableKeys<E>]?: E[K];
};

type OwnSettableKeys<E> = {
  [K in Exclude<keyof E, keyof LitElement>]-?: E[K] extends (...args: never[]) => unknown
    ? never
    : IsReadonly<E, K> extends true
      ? never
      : K;
}[Exclude<keyof E, keyof LitElement>];

// K is readonly in E exactly when dropping `readonly` (keeping `?`) changes what picking it gives.
type IsReadonly<E, K extends keyof E> = Equals<Pick<E, K>, Writable<Pick<E, K>>> extends true ? false : true;

type Writable<T> = { -readonly [Q in keyof T]: T[Q] };

// Strict type identity (readonly modifiers included), which `extends` both ways would not see.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the identity trick itself
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

declare global {
  /**
   * The events each Samspill tag fires, by tag, for the React and Vue typings: every component package's
   * `define.js` adds its own (`'sam-medication-list': { 'sam-select': SamSelectEvent<…> }`).
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each define.ts
  interface SamElementEventMap {}
}

/** The tags of every Samspill element whose `define.js` is part of the program. */
export type SamTag = Extract<keyof HTMLElementTagNameMap, `sam-${string}`>;

/** The events a tag fires, from `SamElementEventMap`; none if it declares none. */
export type SamTagEvents<Tag extends SamTag> = Tag extends keyof SamElementEventMap ? SamElementEventMap[Tag] : object;
