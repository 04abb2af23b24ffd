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

const MAX_BODY = 5 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY) throw new Error('The request body is too large.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
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
export function sendHtml(response: Response, status: number, html: string, { script = false } = {}): void {
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'unsafe-inline'${script ? "; script-src 'self'; connect-src 'self'" : ''}`,
    'Cache-Control': 'no-store',
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
