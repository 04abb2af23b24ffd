/** Some of a type's resources, by position in store order; `size` is known before they are listed. */
export interface Narrowing {
  readonly size: number;
  positions(): readonly number[];
}

/** What one indexed parameter makes of one filter value: undefined when it cannot narrow it. */
export type Narrower = (value: string) => Narrowing | undefined;
