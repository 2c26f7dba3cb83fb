import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { expect } from 'vitest';
import type { StaffSession } from '../../testing/staff-helpers';
import type { TestApp } from '../../testing/test-app';

/**
 * A real `private_key_jwt` client for FHIR tests (SMART Backend Services): registered by the system admin
 * with an inline ES384 public key and, optionally, its organisation; its token is taken from
 * `POST /oauth/token` with an assertion signed by the private key. Returns the access token.
 */
export async function jwtClientToken(
  t: TestApp,
  admin: StaffSession,
  client: { name: string; scopes: readonly string[]; organizationId?: string },
): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/integration-clients',
    headers: admin.headers,
    payload: {
      name: client.name,
      allowedScopes: client.scopes,
      organizationId: client.organizationId ?? null,
      authMethod: 'private_key_jwt',
      jwks: { keys: [{ ...(await exportJWK(publicKey)), alg: 'ES384' }] },
    },
  });
  expect(registered.statusCode).toBe(201);
  const clientId = (registered.json() as { client: { id: string } }).client.id;
  const audience = (await t.app.inject({ url: '/.well-known/smart-configuration' })).json().token_endpoint;
  const signed = await new SignJWT({})
    .setProtectedHeader({ alg: 'ES384' })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(audience)
    .setJti(crypto.randomUUID())
    .setExpirationTime('4m')
    .sign(privateKey);
  const issued = await t.app.inject({
    method: 'POST',
    url: '/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({
      grant_type: 'client_credentials',
      scope: client.scopes.join(' '),
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: signed,
    }).toString(),
  });
  expect(issued.statusCode).toBe(200);
  return (issued.json() as { access_token: string }).access_token;
}
