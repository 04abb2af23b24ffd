// The request log keeps what a test or a developer needs to see the traffic, and nothing secret:
// tokens never appear in it, and the query parameters that carry codes or tokens are dropped.

export interface RequestLogEntry {
  /** When the request arrived (ISO 8601). */
  readonly time: string;
  readonly method: string;
  /** The path with any secret-bearing query parameters removed. */
  readonly path: string;
  readonly status: number;
  /** Milliseconds from request to the end of the response. */
  readonly duration: number;
  readonly personality?: string;
}

const SECRET_PARAMS = ['code', 'state', 'access_token', 'refresh_token', 'client_secret', 'client_assertion', 'launch'];

export function loggedPath(url: URL): string {
  const params = new URLSearchParams(url.search);
  for (const name of SECRET_PARAMS) params.delete(name);
  const query = params.toString();
  return query === '' ? url.pathname : `${url.pathname}?${query}`;
}
