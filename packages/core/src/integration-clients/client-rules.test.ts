import { describe, expect, it } from 'vitest';
import {
  isAllowedJwksUrl,
  isAssertionLifetimeAllowed,
  isPublicJwks,
  parseBasicCredentials,
  parseBearerToken,
  parseScopeParameter,
  validateClientDraft,
} from './client-rules';
import { unverifiedIssuer } from './issue-token';

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
const rsaKey = { kty: 'RSA', n: 'abc', e: 'AQAB' };

describe('integration client registration', () => {
  it('keeps a secret client without keys, scopes sorted and without repeats', () => {
    const valid = validateClientDraft(
      {
        name: ' МИС ',
        allowedScopes: ['system/Slot.rs', 'system/Appointment.cruds', 'system/Slot.rs'],
        authMethod: 'client_secret_basic',
      },
      false,
    );
    expect(valid).toMatchObject({
      name: 'МИС',
      organizationId: null,
      keys: null,
      allowedScopes: ['system/Appointment.cruds', 'system/Slot.rs'],
    });
  });

  it('refuses a scope that is not a SMART v2 system scope, naming it', () => {
    expect(() =>
      validateClientDraft(
        {
          name: 'x',
          allowedScopes: ['system/Slot.rs', 'patient/Slot.read'],
          authMethod: 'client_secret_basic',
        },
        false,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INTEGRATION_CLIENT_SCOPE_INVALID',
        options: { field: 'body.allowedScopes', params: { scope: 'patient/Slot.read' } },
      }),
    );
    expect(() =>
      validateClientDraft({ name: 'x', allowedScopes: [], authMethod: 'client_secret_basic' }, false),
    ).toThrow(expect.objectContaining({ code: 'INTEGRATION_CLIENT_SCOPE_INVALID' }));
  });

  it('wants exactly one of an inline public JWKS or a JWKS address for private_key_jwt', () => {
    const draft = {
      name: 'Лаборатория',
      allowedScopes: ['system/Observation.c'],
      authMethod: 'private_key_jwt' as const,
    };
    expect(validateClientDraft({ ...draft, jwks: { keys: [rsaKey] } }, false).keys).toEqual({
      jwks: { keys: [rsaKey] },
    });
    expect(() => validateClientDraft(draft, false)).toThrow(
      expect.objectContaining({ code: 'INTEGRATION_CLIENT_INVALID' }),
    );
    expect(() =>
      validateClientDraft(
        { ...draft, jwks: { keys: [rsaKey] }, jwksUrl: 'https://lab.example.ru/jwks' },
        false,
      ),
    ).toThrow(expect.objectContaining({ code: 'INTEGRATION_CLIENT_INVALID' }));
    expect(() => validateClientDraft({ ...draft, jwksUrl: 'http://127.0.0.1:8080/jwks' }, false)).toThrow(
      expect.objectContaining({ code: 'INTEGRATION_CLIENT_JWKS_URL_INVALID' }),
    );
    expect(validateClientDraft({ ...draft, jwksUrl: 'http://127.0.0.1:8080/jwks' }, true).keys).toEqual({
      jwksUrl: 'http://127.0.0.1:8080/jwks',
    });
  });

  it('admits JWKS addresses over https on public hosts, loopback only when allowed', () => {
    expect(isAllowedJwksUrl('https://lab.example.ru/.well-known/jwks.json', false)).toBe(true);
    expect(isAllowedJwksUrl('http://lab.example.ru/jwks', false)).toBe(false);
    expect(isAllowedJwksUrl('https://10.0.0.5/jwks', false)).toBe(false);
    expect(isAllowedJwksUrl('http://localhost:9000/jwks', false)).toBe(false);
    expect(isAllowedJwksUrl('http://localhost:9000/jwks', true)).toBe(true);
    expect(isAllowedJwksUrl('http://10.0.0.5/jwks', true)).toBe(false);
    expect(isAllowedJwksUrl('not a url', true)).toBe(false);
  });

  it('accepts public RSA and EC keys only', () => {
    expect(isPublicJwks({ keys: [rsaKey, { kty: 'EC', crv: 'P-384', x: 'a', y: 'b' }] })).toBe(true);
    expect(isPublicJwks({ keys: [{ ...rsaKey, d: 'secret' }] })).toBe(false);
    expect(isPublicJwks({ keys: [{ kty: 'oct', k: 'abc' }] })).toBe(false);
    expect(isPublicJwks({ keys: [] })).toBe(false);
    expect(isPublicJwks([rsaKey])).toBe(false);
  });
});

describe('token request parsing', () => {
  it('reads Basic credentials, form-urlencoded inside (RFC 6749 §2.3.1)', () => {
    expect(parseBasicCredentials(basic('a-b', 's:e/c+r%t'))).toEqual({
      clientId: 'a-b',
      secret: 's:e/c+r%t',
    });
    expect(parseBasicCredentials('Bearer abc')).toBeNull();
    expect(parseBasicCredentials(`Basic ${Buffer.from('no-colon').toString('base64')}`)).toBeNull();
    expect(parseBasicCredentials(undefined)).toBeNull();
  });

  it('reads a bearer token and nothing else', () => {
    expect(parseBearerToken('Bearer abc-DEF_1.2~')).toBe('abc-DEF_1.2~');
    expect(parseBearerToken('bearer abc')).toBe('abc');
    expect(parseBearerToken('Basic abc')).toBeNull();
    expect(parseBearerToken('Bearer a b')).toBeNull();
  });

  it('splits the scope parameter on spaces', () => {
    expect(parseScopeParameter(' system/Slot.rs  system/Appointment.c ')).toEqual([
      'system/Slot.rs',
      'system/Appointment.c',
    ]);
    expect(parseScopeParameter(undefined)).toEqual([]);
  });

  it('allows an assertion to live at most five minutes', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    const at = (seconds: number) => now.getTime() / 1000 + seconds;
    expect(isAssertionLifetimeAllowed(at(300), now)).toBe(true);
    expect(isAssertionLifetimeAllowed(at(301), now)).toBe(false);
    expect(isAssertionLifetimeAllowed(at(0), now)).toBe(false);
  });

  it('reads the issuer of an assertion without trusting it', () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(unverifiedIssuer(`${part({ alg: 'RS384' })}.${part({ iss: 'client-1' })}.sig`)).toBe('client-1');
    expect(unverifiedIssuer('garbage')).toBeNull();
    expect(unverifiedIssuer(`${part({})}.${part({ iss: 5 })}.sig`)).toBeNull();
  });
});
