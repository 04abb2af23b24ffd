// The HTTP primitives every handler shares: bodies in, JSON / HTML / redirects out.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a handler sees of one request, parsed once. */
export interface Request {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly raw: IncomingMessage;
}

export type Response = ServerResponse;

/** Whether the body the request declares (Content-Length) is over `limit`: refused before reading any. */
export function declaredOver(request: IncomingMessage, limit: number): boolean {
  return Number(request.headers['content-length'] ?? 0) > limit;
}

/**
 * The body as text, or undefined as soon as it passes `limit` bytes: what comes after is let go past
 * unread, so a body of any size costs at most `limit` bytes of memory. Rejects when the client goes.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', reject);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      request.resume();
      resolve(undefined);
    };
    const onEnd = (): void => {
      stop();
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
  });
}

/** A form body (`application/x-www-form-urlencoded`), or the query for GET. */
export function formOf(request: Request): URLSearchParams {
  if (request.method === 'GET') return request.url.searchParams;
  return new URLSearchParams(request.body);
}

export function sendJson(
  response: Response,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
  contentType = 'application/json',
): void {
  response.writeHead(status, { 'Content-Type': `${contentType}; charset=utf-8`, ...headers });
  response.end(JSON.stringify(body));
}

/** An HTML page; `script` lets it load scripts from, and fetch from, the sandbox itself. */
export function sendHtml(
  response: Response,
  status: number,
  html: string,
  { script = false, headers = {} }: { script?: boolean; headers?: Record<string, string> } = {},
): void {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'${script ? "; script-src 'self'; connect-src 'self'" : ''}`,
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(html);
}

export function redirect(response: Response, location: string): void {
  response.writeHead(302, { Location: location, 'Cache-Control': 'no-store' });
  response.end();
}

/** Text for HTML, so patient names and error text from requests are never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
