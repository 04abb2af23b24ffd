// An app no one here wrote: fhirclient 2.6.3's own Node entry behind a real HTTP server, with a
// `/launch` page that calls `authorize()` and an `/index.html` redirect page that calls `ready()`. The
// browser is fetch following redirects by hand, so every hop is seen and nothing is taken on trust.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import smart from 'fhirclient/lib/entry/node.js';

export type FhirClient = Awaited<ReturnType<ReturnType<typeof smart>['ready']>>;

export interface FhirclientLaunch {
  readonly client: FhirClient;
  /** Every URL the browser was sent to, in order: launch page, authorize, redirect page. */
  readonly hops: readonly URL[];
}

export interface LaunchRequest {
  readonly scope: string;
  /** EHR launch: the EHR's `iss` and `launch`. */
  readonly iss: string;
  readonly launch?: string;
  /** Standalone launch with launch/patient: the patient to pick on the sandbox's picker page. */
  readonly pickPatient?: string;
  readonly clientId?: string;
}

/** Launches once with fhirclient and hands back its ready Client. */
export async function launchWithFhirclient(request: LaunchRequest): Promise<FhirclientLaunch> {
  const stored = new Map<string, unknown>();
  const storage = {
    get: async (key: string) => Promise.resolve(stored.get(key)),
    set: async (key: string, value: unknown) => {
      stored.set(key, value);
      return Promise.resolve(value);
    },
    unset: async (key: string) => Promise.resolve(stored.delete(key)),
  };
  let ready: FhirClient | undefined;
  let failure: unknown;
  const app = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const path = new URL(incoming.url ?? '/', 'http://app').pathname;
    const api = smart(incoming, response, storage);
    const done =
      path === '/launch'
        ? api.authorize({
            clientId: request.clientId ?? 'samspill-dev',
            scope: request.scope,
            redirectUri: '/index.html',
            // Standalone launches have no iss in the URL; fhirclient takes it from here.
            ...(request.launch === undefined && { iss: request.iss }),
          })
        : api.ready().then((client) => {
            ready = client;
            response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ready');
          });
    done.catch((error: unknown) => {
      failure = error;
      if (!response.headersSent) response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  try {
    const start = new URL('/launch', origin);
    if (request.launch !== undefined) {
      start.searchParams.set('iss', request.iss);
      start.searchParams.set('launch', request.launch);
    }
    const hops = await browse(start, request.pickPatient);
    if (!ready) throw new Error(`fhirclient did not get ready: ${String(failure)}`);
    return { client: ready, hops };
  } finally {
    await new Promise<void>((resolve) => {
      app.close(() => {
        resolve();
      });
      app.closeAllConnections();
    });
  }
}

// Follows 302s like a browser; on the sandbox's patient picker, submits the form with the patient.
async function browse(start: URL, pickPatient: string | undefined): Promise<URL[]> {
  const hops = [start];
  let response = await fetch(start, { redirect: 'manual' });
  for (let step = 0; step < 10; step += 1) {
    const location = response.headers.get('location');
    const current = hops[hops.length - 1] ?? start;
    if (response.status === 302 && location !== null) {
      const next = new URL(location, current);
      hops.push(next);
      response = await fetch(next, { redirect: 'manual' });
    } else if (response.status === 200 && pickPatient !== undefined && current.pathname.endsWith('/authorize')) {
      const html = await response.text();
      if (!html.includes(`value="${pickPatient}"`)) throw new Error(`The picker does not offer ${pickPatient}.`);
      const form = new URLSearchParams(current.searchParams);
      form.set('samspill_patient', pickPatient);
      response = await fetch(current.origin + current.pathname, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      pickPatient = undefined;
    } else {
      if (response.status !== 200)
        throw new Error(`${current.href} answered ${response.status}: ${await response.text()}`);
      return hops;
    }
  }
  throw new Error('Too many redirects.');
}
