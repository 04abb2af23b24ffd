// The registered clients as the CLI prints them at start-up: what each may do, never its secret.
import { DEV_CLIENT_ID, type Client } from './clients.js';

export function describeClients(clients: readonly Client[]): string[] {
  const width = Math.max(DEV_CLIENT_ID.length, ...clients.map((client) => client.id.length));
  return [
    `${DEV_CLIENT_ID.padEnd(width)}  public, any redirect URI on http://localhost or http://127.0.0.1 (built in)`,
    ...clients.map((client) => `${client.id.padEnd(width)}  ${details(client).join('; ')}`),
  ];
}

function details(client: Client): string[] {
  return [
    client.auth.type === 'private_key_jwt'
      ? `private_key_jwt (${client.auth.jwks.keys.length} key${client.auth.jwks.keys.length === 1 ? '' : 's'})`
      : client.auth.type,
    `redirect ${client.redirectUris.join(', ')}`,
    ...(client.launchUrls === undefined ? [] : [`launch ${client.launchUrls.join(', ')}`]),
    ...(client.allowedScopes === undefined ? [] : [`scopes ${client.allowedScopes.join(' ')}`]),
    ...(client.epicScopes === undefined ? [] : [`Epic grants ${client.epicScopes.join(' ')}`]),
    ...(client.persistentAccess === false ? ['no persistent access (Epic)'] : []),
    // Whether it has one, never the key itself.
    ...(client.subscriptionKey === undefined ? [] : ['own DIPS subscription key']),
  ];
}
