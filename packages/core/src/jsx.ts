// Opt-in React 19 typings: `import type {} from '@samspill/core/jsx.js'` once in an app makes every
// Samspill tag whose define.js it imports a typed JSX element — the element's own properties (React 19
// sets them as properties) and its events as `on` + the event name (`onsam-select`), as React 19 listens.
// Types only, so @samspill/core never needs React; `@types/react` is an optional peer dependency.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ElementProps, SamTag, SamTagEvents } from './element/element-props.js';

/** The JSX props of a custom element: HTML attributes, its own properties, and a listener per event. */
export type ReactElementProps<E extends HTMLElementTagNameMap[SamTag], Events> = DetailedHTMLProps<
  HTMLAttributes<E>,
  E
> &
  ElementProps<E> & { [Name in keyof Events as `on${Name & string}`]?: (event: Events[Name]) => void };

/** Every registered Samspill tag as a JSX intrinsic element. */
export type SamIntrinsicElements = {
  [Tag in SamTag]: ReactElementProps<HTMLElementTagNameMap[Tag], SamTagEvents<Tag>>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own
    interface IntrinsicElements extends SamIntrinsicElements {}
  }
}
