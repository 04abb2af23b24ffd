import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localeOf, resolveLocale, type Locale, type LocaleTag } from '../locale.js';
import { noticeStyles } from './notice.styles.js';

/** What a notice tells the reader, from neutral to blocking. */
export const NOTICE_VARIANTS = ['info', 'success', 'warning', 'error'] as const;

export type NoticeVariant = (typeof NOTICE_VARIANTS)[number];

/** The word read before the message, so the variant never depends on colour or icon alone. */
const VARIANT_LABELS: Record<Locale, Record<NoticeVariant, string>> = {
  nb: { info: 'Merk', success: 'Fullført', warning: 'Advarsel', error: 'Feil' },
  nn: { info: 'Merk', success: 'Fullført', warning: 'Åtvaring', error: 'Feil' },
  en: { info: 'Note', success: 'Done', warning: 'Warning', error: 'Error' },
};

/** One distinct shape per variant (circle, check, triangle, octagon) for readers who cannot tell the colours apart. */
const VARIANT_ICONS: Record<NoticeVariant, ReturnType<typeof svg>> = {
  info: svg`<circle cx="12" cy="12" r="10"/><path d="M12 11v6M12 7h.01"/>`,
  success: svg`<circle cx="12" cy="12" r="10"/><path d="m7.5 12.5 3 3 6-6.5"/>`,
  warning: svg`<path d="M12 2.5 22 20H2z"/><path d="M12 9.5v4.5M12 17h.01"/>`,
  error: svg`<path d="M8 2h8l6 6v8l-6 6H8l-6-6V8z"/><path d="m9 9 6 6m0-6-6 6"/>`,
};

function knownVariant(variant: string): NoticeVariant {
  return (NOTICE_VARIANTS as readonly string[]).includes(variant) ? (variant as NoticeVariant) : 'info';
}

/**
 * A short message about the state of a view: data that could not be loaded, a partial result, a
 * confirmation. The variant is spoken as a word and drawn as a distinct icon as well as a colour.
 *
 * @summary A status message with a text label, an icon and an optional action.
 *
 * @slot - The message.
 * @slot action - A control that resolves the notice, such as a retry button.
 *
 * @csspart base - The notice's box.
 * @csspart icon - The variant's icon.
 * @csspart label - The variant's word ("Feil", "Advarsel", …).
 * @csspart message - The wrapper around the heading and the message.
 *
 * @cssprop --sam-notice-padding - Space inside the box.
 * @cssprop --sam-notice-radius - Corner radius of the box.
 */
export class SamNotice extends LitElement {
  static override styles = noticeStyles;

  /** How serious the notice is: `info`, `success`, `warning` or `error`. Unknown values show as `info`. */
  @property({ reflect: true }) variant: NoticeVariant = 'info';

  /** A one-line summary shown before the message. */
  @property() heading = '';

  /** Language of the built-in label (`nb`, `nn`, `en`); by default the nearest `lang` on the page. */
  @property() locale?: LocaleTag | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An error interrupts (role=alert); everything else waits for a pause in speech (role=status).
    if (changed.has('variant')) this.setAttribute('role', knownVariant(this.variant) === 'error' ? 'alert' : 'status');
  }

  protected override render() {
    const variant = knownVariant(this.variant);
    const locale = this.locale ? resolveLocale(this.locale) : localeOf(this);
    return html`
      <div part="base" class="notice ${variant}">
        <svg part="icon" class="icon" viewBox="0 0 24 24" aria-hidden="true">${VARIANT_ICONS[variant]}</svg>
        <div part="message" class="message">
          <span part="label" class="label">${VARIANT_LABELS[locale][variant]}:</span>
          ${this.heading ? html`<strong class="heading">${this.heading}</strong>` : nothing}
          <slot></slot>
        </div>
        <slot name="action"></slot>
      </div>
    `;
  }
}
