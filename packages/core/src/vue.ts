// Opt-in Vue typings: `import type {} from '@samspill/core/vue.js'` once in an app makes every Samspill
// tag whose define.js it imports a typed component in Vue templates (vue-tsc, Volar): the element's own
// properties and its events (`@sam-select`), in the shape Vue's guide gives for custom elements.
// Types only, so @samspill/core never needs Vue; `vue` is an optional peer dependency.
import type { EmitFn, HTMLAttributes } from 'vue';
import type { ElementProps, SamTag, SamTagEvents } from './element/element-props.js';

/** A custom element as Vue sees a component: its props (properties and `on…` listeners) and emits. */
export type VueElement<E extends HTMLElementTagNameMap[SamTag], Events> = new () => E & {
  /** For template type checking only; a custom element ref has no `$props`. */
  $props: HTMLAttributes &
    ElementProps<E> & { [Name in keyof Events as `on${Capitalize<Name & string>}`]?: (event: Events[Name]) => void };
  /** For template type checking only; a custom element ref has no `$emit`. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

/** Every registered Samspill tag as a Vue global component. */
export type SamGlobalComponents = {
  [Tag in SamTag]: VueElement<HTMLElementTagNameMap[Tag], SamTagEvents<Tag>>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Vue's own
  interface GlobalComponents extends SamGlobalComponents {}
}
