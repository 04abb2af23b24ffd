// A request refused before its handler runs (a target that does not decode, a body over the limit),
// answered in the format of the endpoint it was sent to: an OperationOutcome from the FHIR server,
// RFC 6749 error JSON from the token and introspection endpoints, an error page from the authorize
// endpoint a browser is sent to, and the sandbox's own `{ "error": … }` everywhere else.
import { NO_STORE } from './auth/oauth-error.js';
import { sendOutcome } from './fhir/operation-outcome.js';
import { escapeHtml, sendHtml, sendJson, type Response } from './http.js';

export type RefusalStyle = 'fhir' | 'oauth' | 'page' | 'plain';

export function refuse(
  response: Response,
  style: RefusalStyle,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  switch (style) {
    case 'fhir':
      sendOutcome(response, status, status === 413 ? 'too-long' : 'invalid', message, headers);
      return;
    case 'oauth':
      sendJson(response, status, { error: 'invalid_request', error_description: message }, { ...NO_STORE, ...headers });
      return;
    case 'page':
      sendHtml(
        response,
        status,
        `<!doctype html><html lang="nb"><meta charset="utf-8"><title>Forespørselen ble avvist</title>` +
          `<h1>Forespørselen ble avvist</h1><p>${escapeHtml(message)}</p></html>`,
        { headers },
      );
      return;
    case 'plain':
      sendJson(response, status, { error: message }, headers);
  }
}
