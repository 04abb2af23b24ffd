// Inline style a strict Content Security Policy allows. `style-src 'self'` refuses every `style`
// attribute, but not the CSSOM: this sets each property with `style.setProperty`. Lit's `styleMap`
// writes its first render as an attribute, so the first paint would be refused (and left unstyled).
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties by their CSS names (`padding-top`, `--sam-x`); `undefined` removes one. */
export type CssProperties = Readonly<Record<string, string | undefined>>;

class CssPropertiesDirective extends Directive {
  readonly #set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssProperties() belongs on an element: <li ${cssProperties(…)}>');
  }

  // A server renders nothing for an element part: the properties arrive with the first client update.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- declares the directive's argument; update() applies it
  render(_properties: CssProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [CssProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.#set) {
      if (properties[name] !== undefined) continue;
      style.removeProperty(name);
      this.#set.delete(name);
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#set.add(name);
    }
    return noChange;
  }
}

/**
 * Sets CSS properties on the element it is placed on, through the CSSOM:
 * `<ol ${cssProperties({ 'padding-top': '120px' })}>`. For values computed at run time (a scroll
 * offset); everything else belongs in the component's stylesheet.
 */
export const cssProperties = directive(CssPropertiesDirective);
