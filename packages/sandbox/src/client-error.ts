// What Node's HTTP parser cannot read (a NUL in the request line, two Content-Lengths, headers over
// 16 KiB, a body cut short) never reaches a handler; nor does CONNECT. Both are answered here, with
// the status Node would give and a line of JSON saying what was wrong, and the connection closed.
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/** The server's `clientError` listener. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // Once a response has begun, or the peer is gone, there is no one to tell. Node's own default asks
  // the response attached to the socket: an interim `100 Continue` alone is no response begun, and
  // the bytes after a complete body (a second request that does not parse) still deserve a 400.
  const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || current?.headersSent === true) {
    socket.destroy();
    return;
  }
  const status = STATUS_BY_CODE[error.code ?? ''] ?? 400;
  closeWith(socket, status, `The request could not be read (${error.code ?? 'malformed'}).`);
}

/** The server's `connect` listener: the sandbox is no proxy. */
export function refuseConnect(_request: unknown, socket: Duplex): void {
  closeWith(socket, 405, 'CONNECT is not supported: the sandbox is no proxy.');
}

function closeWith(socket: Duplex, status: number, message: string): void {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
