// The command line, parsed apart from starting anything so it can be tested.
import { parseArgs } from 'node:util';

export interface CliArguments {
  readonly port: number;
  readonly host: string;
  readonly data?: string;
  /** Where the example launch URL sends the EHR launch. */
  readonly app: string;
  readonly help: boolean;
}

export const USAGE = `Usage: samspill-sandbox [--port 4000] [--host 127.0.0.1] [--data DIR] [--app URL]

  --port  port to listen on (default 4000; 0 for any free port)
  --host  address to bind (default 127.0.0.1)
  --data  a folder of *.json FHIR resources or Bundles (default: the public example sets)
  --app   the app's launch URL, filled in on the launcher and in the printed example (default http://127.0.0.1:5173/launch.html)`;

export function parseCliArguments(argv: readonly string[]): CliArguments | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string', default: '4000' },
        host: { type: 'string', default: '127.0.0.1' },
        data: { type: 'string' },
        app: { type: 'string', default: 'http://127.0.0.1:5173/launch.html' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return `--port must be a port number, not '${values.port}'.`;
  try {
    new URL(values.app);
  } catch {
    return `--app must be a URL, not '${values.app}'.`;
  }
  return {
    port,
    host: values.host,
    app: values.app,
    help: values.help,
    ...(values.data !== undefined && { data: values.data }),
  };
}

/** The app's launch URL with the EHR's `iss` and `launch` added. */
export function launchUrl(app: string, iss: string, launch: string): string {
  const url = new URL(app);
  url.searchParams.set('iss', iss);
  url.searchParams.set('launch', launch);
  return url.href;
}

/** The launcher page with the form showing `app` as the app to launch. */
export function launcherUrl(origin: string, app: string): string {
  const url = new URL('/launcher', origin);
  url.searchParams.set('form', '');
  url.searchParams.set('app', app);
  return url.href;
}
