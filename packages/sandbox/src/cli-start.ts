// What the CLI starts with: flags over the config file over the defaults, and the clients of both.
import { resolveSettings, type CliArguments, type SandboxSettings } from './cli-arguments.js';
import type { LoadedConfig } from './cli-config-file.js';
import type { Client } from './clients.js';

export interface CliStart {
  readonly settings: SandboxSettings;
  readonly clients: readonly Client[];
}

/** The start, or why not: a client both the file and a `--client` register would be two registrations. */
export function resolveStart(args: CliArguments, config?: { file: string; loaded: LoadedConfig }): CliStart | string {
  const fromFile = config?.loaded.clients ?? [];
  const twice = args.clients.find((client) => fromFile.some((registered) => registered.id === client.id));
  if (twice !== undefined && config !== undefined)
    return `--client ${twice.id}: ${config.file} registers ${twice.id} too; register it in one place.`;
  return {
    settings: resolveSettings(args.settings, config?.loaded.settings ?? {}),
    clients: [...fromFile, ...args.clients],
  };
}
