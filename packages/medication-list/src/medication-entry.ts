// One input item on its way to a row, and what one call of `medicationRows` shares while reading its
// entries: locale, messages, "now", the related resources at hand and the dates already read.
import type { FormatOptions, Locale, untrusted } from '@samspill/core/data.js';
import type { MedicationMessages } from './medication-list.messages.js';
import type { MedicationDate, MedicationResourceType } from './medication-row.js';

type Fields = untrusted.Fields;

export type Kind = MedicationResourceType;

export interface Entry {
  readonly raw: unknown;
  readonly fields: Fields | undefined;
  readonly kind: Kind | undefined;
  readonly index: number;
  /** The statement that absorbed this request, or the prescription this dispense belongs to. */
  owner?: Entry;
  /** The newer link of a renewal chain. */
  newer?: Entry | undefined;
  readonly attached: Entry[];
  /** The Composition of the document Bundle the entry came in (the PLL from SFM). */
  readonly composition?: Fields;
}

export interface Context {
  readonly locale: Locale;
  readonly m: MedicationMessages;
  readonly format: FormatOptions;
  readonly nowMs: number;
  readonly timeZone: string | undefined;
  readonly related: Map<string, Fields>;
  /** `meta.source` systems named after their organisation (core's `systemNames`). */
  readonly systems: Map<string, string>;
  /** Dates already read in this call, by their written value; null for unreadable. */
  readonly dates: Map<string, MedicationDate | null>;
  /** Periods already formatted in this call, by "start|end". */
  readonly periods: Map<string, string>;
  /** Types the app was not granted: an unresolved reference to one is no problem. */
  readonly notShared: ReadonlySet<string>;
}
