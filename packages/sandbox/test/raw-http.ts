// HTTP/1.1 by hand over node:net, for what fetch cannot send: malformed request lines, odd headers,
// bodies that do not match their Content-Length. Every exchange has a deadline, so a server that never
// answers fails the test instead of hanging it.
import { connect } from 'node:net';

export interface RawResponse {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

export interface RawOptions {
  /** Milliseconds to wait for a complete answer (default 2,000). */
  readonly timeoutMs?: number;
  /** End our side once the request is written, as a client with nothing more to send does. */
  readonly halfClose?: boolean;
  /** Written one after another after the request, as a body arriving in pieces. */
  readonly more?: readonly (string | Buffer)[];
}

/** Sends `request` as it is and resolves with the first final (non-1xx) response. */
export function rawExchange(origin: string, request: string | Buffer, options: RawOptions = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = Buffer.alloc(0);
    let settled = false;
    const settle = (outcome: RawResponse | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => {
      settle(new Error(`No complete answer within ${options.timeoutMs ?? 2000} ms`));
    }, options.timeoutMs ?? 2000);
    socket.on('data', (data: Buffer) => {
      received = Buffer.concat([received, data]);
      const response = parseResponse(received, false);
      if (response) settle(response);
    });
    // The server may close while we still write a body it refused: the answer it sent first counts.
    socket.on('error', () => {
      settle(parseResponse(received, true) ?? new Error('The connection failed without an answer'));
    });
    socket.on('close', () => {
      settle(parseResponse(received, true) ?? new Error('The connection closed without an answer'));
    });
    socket.write(request);
    for (const piece of options.more ?? []) socket.write(piece);
    if (options.halfClose === true) socket.end();
  });
}

/** The first final response in `bytes`, or undefined while it is incomplete. */
function parseResponse(bytes: Buffer, closed: boolean): RawResponse | undefined {
  let rest = bytes;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    const [statusLine = '', ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? Number.NaN);
    if (Number.isNaN(status)) throw new Error(`Not an HTTP response: ${statusLine}`);
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const body = rest.subarray(end + 4);
    if (status >= 100 && status < 200) {
      rest = body;
      continue;
    }
    const text = bodyOf(body, headers, closed);
    return text === undefined ? undefined : { status, headers, body: text };
  }
}

function bodyOf(body: Buffer, headers: Record<string, string>, closed: boolean): string | undefined {
  const length = headers['content-length'];
  const chunked = headers['transfer-encoding']?.toLowerCase() === 'chunked';
  const text = chunked
    ? unchunked(body)
    : length !== undefined && body.length >= Number(length)
      ? body.subarray(0, Number(length)).toString()
      : undefined;
  // A closed connection ends the body: a HEAD answer has a Content-Length and no body at all.
  return text ?? (closed ? body.toString() : undefined);
}

function unchunked(body: Buffer): string | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (size === 0) return Buffer.concat(parts).toString();
    if (body.length < lineEnd + 2 + size + 2) return undefined;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/** A request as bytes: the request line, `Host` (none when null), the headers given, and the body. */
export function rawRequest(
  requestLine: string | Buffer,
  headers: readonly string[] = [],
  body: string | Buffer = '',
  host: string | null = 'sandbox.test',
): Buffer {
  const head = ['', ...(host === null ? [] : [`Host: ${host}`]), ...headers, '', ''].join('\r\n');
  const bytes = (part: string | Buffer): Buffer => (Buffer.isBuffer(part) ? part : Buffer.from(part));
  return Buffer.concat([bytes(requestLine), bytes(head), bytes(body)]);
}
