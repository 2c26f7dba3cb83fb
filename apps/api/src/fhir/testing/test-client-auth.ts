import { expect } from 'vitest';
import { createStaffSession } from '../../testing/staff-helpers';
import type { TestApp } from '../../testing/test-app';

/** A client to register for a test, with the SMART v2 system scopes it is allowed (and asks for). */
export interface TestClient {
  name: string;
  scopes: readonly string[];
}

export interface TestToken {
  clientId: string;
  token: string;
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

/**
 * Real integration clients for FHIR tests: each registered by a system admin through the admin API and given
 * a token by `POST /oauth/token` (client_secret_basic), so the FHIR calls go through the production bearer
 * check and call audit.
 */
export async function issueTestTokens(t: TestApp, clients: readonly TestClient[]): Promise<TestToken[]> {
  const admin = await createStaffSession(t, 'system_admin');
  const tokens: TestToken[] = [];
  for (const client of clients) {
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/integration-clients',
      headers: admin.headers,
      payload: { name: client.name, allowedScopes: client.scopes, authMethod: 'client_secret_basic' },
    });
    expect(registered.statusCode).toBe(201);
    const { client: created, clientSecret } = registered.json() as {
      client: { id: string };
      clientSecret: string;
    };
    const issued = await t.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(created.id, clientSecret),
      },
      payload: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: client.scopes.join(' '),
      }).toString(),
    });
    expect(issued.statusCode).toBe(200);
    tokens.push({ clientId: created.id, token: (issued.json() as { access_token: string }).access_token });
  }
  return tokens;
}
