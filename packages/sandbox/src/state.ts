// Everything the handlers share, built once per running sandbox.
import type { FhirSource } from '@samspill/core/data.js';
import type { ClientRegistry } from './clients.js';
import type { LaunchStore } from './launches.js';
import type { RequestLogEntry } from './log.js';
import type { SigningKey } from './signing-key.js';
import type { TokenStore } from './tokens.js';

export interface SandboxState {
  /** `http://127.0.0.1:<port>`, known once the server listens. */
  origin: string;
  readonly now: () => number;
  readonly clients: ClientRegistry;
  readonly launches: LaunchStore;
  readonly tokens: TokenStore;
  readonly key: SigningKey;
  readonly source: FhirSource;
  /** Resource types present in the data, for the CapabilityStatement. */
  readonly resourceTypes: readonly string[];
  /** The user when a launch names none: the first Practitioner in the data. */
  readonly defaultPractitioner: string | undefined;
  /** Overrides every personality's own access-token lifetime (seconds). */
  readonly accessTokenLifetime: number | undefined;
  /** Client-assertion `jti`s already used, kept until they expire. */
  readonly usedAssertions: Map<string, number>;
  /** Launch URLs the launcher may open beyond loopback ones: the options' and the clients'. */
  readonly launchUrls: readonly string[];
  /** Every request answered, without secrets (shown live on the launcher page). */
  readonly log: RequestLogEntry[];
}
