import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildOrganization } from '@talon/testing';
import { exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffSession, type StaffSession } from '../testing/staff-helpers';
import { useTestApp } from '../testing/test-app';
import { clientAuthenticator, clientCallRecorder } from './client-access';

// Three bearer calls a minute per client, so the limit is reached without a loop.
const t = useTestApp({ env: { OAUTH_CLIENT_CALLS_PER_MINUTE: '3' } });
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
let admin: StaffSession;
let organizationId: string;
let tokenUrl: string;
let keyServer: Server;
let served: { keys: JWK[] } = { keys: [] };

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

const token = (fields: Record<string, string>, authorization?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/oauth/token',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(authorization ? { authorization } : {}),
    },
    payload: form(fields),
  });

const register = (body: Record<string, unknown>, session = admin) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/integration-clients',
    headers: session.headers,
    payload: { name: 'Региональная МИС', organizationId, ...body },
  });

async function secretClient(allowedScopes = ['system/Slot.rs', 'system/Appointment.cruds']) {
  const res = await register({ allowedScopes, authMethod: 'client_secret_basic' });
  expect(res.statusCode).toBe(201);
  const { client, clientSecret } = res.json();
  return { id: client.id as string, secret: clientSecret as string };
}

const assertion = (
  clientId: string,
  key: CryptoKey,
  alg: string,
  options: { jti?: string; expiresIn?: number } = {},
) =>
  new SignJWT({})
    .setProtectedHeader({ alg })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenUrl)
    .setJti(options.jti ?? crypto.randomUUID())
    .setExpirationTime(Math.floor(Date.now() / 1000) + (options.expiresIn ?? 240))
    .sign(key);

const jwtToken = (signed: string, scope = 'system/Observation.c') =>
  token({
    grant_type: 'client_credentials',
    scope,
    client_assertion_type: JWT_BEARER,
    client_assertion: signed,
  });

beforeAll(async () => {
  admin = await createStaffSession(t, 'system_admin');
  organizationId = (await buildOrganization(t.database.db)).id;
  tokenUrl = (await t.app.inject({ url: '/.well-known/smart-configuration' })).json().token_endpoint;
  keyServer = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(served));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise<void>((resolve) => keyServer.close(() => resolve())));

describe('the integration clients of the system admin', () => {
  it('registers a client with a secret shown once, lists it and refuses a clinic admin (audited)', async () => {
    const { id, secret } = await secretClient();
    expect(secret.length).toBeGreaterThanOrEqual(43);
    const list = await t.app.inject({ url: '/api/v1/admin/integration-clients', headers: admin.headers });
    const listed = list.json().items.find((c: { id: string }) => c.id === id);
    expect(listed).toMatchObject({ authMethod: 'client_secret_basic', status: 'active', organizationId });
    expect(JSON.stringify(list.json())).not.toContain(secret);

    const clinicAdmin = await createStaffSession(t, 'clinic_admin');
    const refused = await t.app.inject({
      url: '/api/v1/admin/integration-clients',
      headers: clinicAdmin.headers,
    });
    expect(refused.statusCode).toBe(403);
    const denied = await t.database.db.query.auditEvents.findMany({
      where: (e, { and, eq }) =>
        and(eq(e.action, 'access.denied'), eq(e.actorAccountId, clinicAdmin.accountId)),
    });
    expect(denied).toHaveLength(1);
  });

  it('refuses scopes that are not SMART v2 system scopes and JWKS addresses off https', async () => {
    const scope = await register({ allowedScopes: ['patient/Slot.read'], authMethod: 'client_secret_basic' });
    expect(scope.json()).toMatchObject({ status: 400, code: 'INTEGRATION_CLIENT_SCOPE_INVALID' });
    const url = await register({
      allowedScopes: ['system/Slot.rs'],
      authMethod: 'private_key_jwt',
      jwksUrl: 'http://10.0.0.7/jwks',
    });
    expect(url.json()).toMatchObject({ status: 400, code: 'INTEGRATION_CLIENT_JWKS_URL_INVALID' });
  });
});

describe('POST /oauth/token with client_secret_basic', () => {
  it('issues a 5-minute bearer token for requested ∩ allowed scopes, which authenticates calls', async () => {
    const { id, secret } = await secretClient();
    const res = await token(
      { grant_type: 'client_credentials', scope: 'system/Slot.cruds system/Observation.c' },
      basic(id, secret),
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 300, scope: 'system/Slot.rs' });

    const authenticate = clientAuthenticator(t.app.services);
    const result = await authenticate(`Bearer ${body.access_token}`);
    expect(result).toMatchObject({
      ok: true,
      client: { clientId: id, organizationId, scopes: ['system/Slot.rs'] },
    });
    if (!result.ok) return;
    await clientCallRecorder(t.app.services)(result.client, {
      interaction: 'search',
      resourceType: 'Slot',
      resourceId: null,
      subjectPatientId: null,
      outcome: 'success',
      status: 200,
    });
    const [call] = await t.database.db.query.auditEvents.findMany({
      where: (e, { and, eq }) => and(eq(e.action, 'fhir.call'), eq(e.actorRole, 'integration_client')),
    });
    expect(call?.details).toMatchObject({
      clientId: id,
      tokenId: result.client.tokenId,
      interaction: 'search',
    });
  });

  it('answers RFC 6749 errors in Russian: wrong secret, no credentials, wrong grant, no allowed scope', async () => {
    const { id, secret } = await secretClient(['system/Slot.rs']);
    const wrong = await token({ grant_type: 'client_credentials' }, basic(id, `${secret}x`));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic/);
    expect(wrong.json()).toMatchObject({
      error: 'invalid_client',
      error_description: expect.stringMatching(/[а-я]/),
    });
    expect((await token({ grant_type: 'client_credentials' })).json().error).toBe('invalid_client');
    const grant = await token({ grant_type: 'password' }, basic(id, secret));
    expect([grant.statusCode, grant.json().error]).toEqual([400, 'unsupported_grant_type']);
    const scope = await token(
      { grant_type: 'client_credentials', scope: 'system/Patient.r' },
      basic(id, secret),
    );
    expect([scope.statusCode, scope.json().error]).toEqual([400, 'invalid_scope']);
    const json = await t.app.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { authorization: basic(id, secret) },
      payload: { grant_type: 'client_credentials' },
    });
    expect([json.statusCode, json.json().error]).toEqual([400, 'invalid_request']);
  });

  it('stops the tokens of a revoked client at once, and limits each client’s calls', async () => {
    const { id, secret } = await secretClient();
    const issued = (await token({ grant_type: 'client_credentials' }, basic(id, secret))).json().access_token;
    const authenticate = clientAuthenticator(t.app.services);
    expect((await authenticate(`Bearer ${issued}`)).ok).toBe(true);
    expect((await authenticate(`Bearer ${issued}`)).ok).toBe(true);
    expect((await authenticate(`Bearer ${issued}`)).ok).toBe(true);
    expect(await authenticate(`Bearer ${issued}`)).toMatchObject({ ok: false, error: 'rate_limited' });

    const revoke = await t.app.inject({
      method: 'POST',
      url: `/api/v1/admin/integration-clients/${id}/revoke`,
      headers: admin.headers,
    });
    expect(revoke.json()).toMatchObject({ id, status: 'revoked' });
    expect(await authenticate(`Bearer ${issued}`)).toEqual({ ok: false, error: 'invalid_token' });
    expect((await token({ grant_type: 'client_credentials' }, basic(id, secret))).statusCode).toBe(401);
    expect(await authenticate(undefined)).toEqual({ ok: false, error: 'missing_token' });
    expect(await authenticate('Bearer not-a-token')).toEqual({ ok: false, error: 'invalid_token' });
  });
});

describe('POST /oauth/token with private_key_jwt', () => {
  it('accepts an ES384 assertion checked against an inline public JWK, once per jti', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES384');
    const res = await register({
      allowedScopes: ['system/Observation.c', 'system/DiagnosticReport.c'],
      authMethod: 'private_key_jwt',
      jwks: { keys: [{ ...(await exportJWK(publicKey)), alg: 'ES384' }] },
    });
    expect(res.json().clientSecret).toBeNull();
    const id = res.json().client.id as string;
    const signed = await assertion(id, privateKey, 'ES384');
    const issued = await jwtToken(signed);
    expect(issued.statusCode).toBe(200);
    expect(issued.json()).toMatchObject({ scope: 'system/Observation.c', expires_in: 300 });

    const replay = await jwtToken(signed);
    expect([replay.statusCode, replay.json().error]).toEqual([401, 'invalid_client']);
    const tooLong = await jwtToken(await assertion(id, privateKey, 'ES384', { expiresIn: 600 }));
    expect(tooLong.json().error).toBe('invalid_client');
    const { privateKey: stranger } = await generateKeyPair('ES384');
    expect((await jwtToken(await assertion(id, stranger, 'ES384'))).statusCode).toBe(401);
  });

  it('fetches the keys from the client’s JWKS address (RS384), and lets one of two racing replays win', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS384');
    served = { keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS384' }] };
    const port = (keyServer.address() as AddressInfo).port;
    const res = await register({
      allowedScopes: ['system/Observation.c'],
      authMethod: 'private_key_jwt',
      jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().client.id as string;
    const signed = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS384', kid: 'k1' })
      .setIssuer(id)
      .setSubject(id)
      .setAudience(tokenUrl)
      .setJti(crypto.randomUUID())
      .setExpirationTime('4m')
      .sign(privateKey);
    const answers = await Promise.all([jwtToken(signed), jwtToken(signed), jwtToken(signed)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 401, 401]);
  });
});

describe('GET /.well-known/smart-configuration', () => {
  it('describes the token endpoint of SMART Backend Services', async () => {
    const res = await t.app.inject({ url: '/.well-known/smart-configuration' });
    expect(res.json()).toMatchObject({
      token_endpoint: expect.stringMatching(/\/oauth\/token$/),
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'private_key_jwt'],
      grant_types_supported: ['client_credentials'],
      capabilities: expect.arrayContaining(['client-confidential-asymmetric', 'permission-v2']),
    });
    expect(res.json().token_endpoint_auth_signing_alg_values_supported).toContain('ES384');
  });
});
