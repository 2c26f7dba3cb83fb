import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** The claims a test person has at the provider (ЕСИА-like: a SNILS and the confirmed-account flag). */
export interface TestPerson {
  snils?: string | number;
  trusted?: boolean | string;
  family_name?: string;
  given_name?: string;
}

export interface TestIdentityProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** The `OIDC_*` environment that points Talon at this provider. */
  env: Record<string, string>;
  /** Adds (or replaces) a person; the next login at the provider is made as `subject`. */
  loginAs(subject: string, person: TestPerson): void;
  /**
   * Follows the provider's redirects from the authorization URL, as a fresh browser would (its own cookie
   * jar), logging in and consenting automatically; returns the callback URL with the code.
   */
  authorize(authorizationUrl: string): Promise<URL>;
  close(): Promise<void>;
}

export interface TestIdentityProviderOptions {
  /** Default: a free port. The browser tests fix it, as Talon's configuration names the issuer. */
  port?: number;
  /** Default: a random one. */
  clientSecret?: string;
}

/**
 * A real OpenID Connect provider (`oidc-provider`) on 127.0.0.1, with one confidential client whose
 * redirect URI is `redirectUri`. Its interactions (login, consent) finish at once as the person chosen by
 * `loginAs`, so a test (or a browser) drives the whole authorization code flow over HTTP.
 */
export async function startTestIdentityProvider(
  redirectUri: string,
  options: TestIdentityProviderOptions = {},
): Promise<TestIdentityProvider> {
  const people = new Map<string, TestPerson>();
  let nextSubject: string | null = null;
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'talon-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    claims: {
      openid: ['sub'],
      profile: ['family_name', 'given_name'],
      snils: ['snils', 'trusted'],
    },
    findAccount: async (_ctx: unknown, sub: string) => {
      const person = people.get(sub);
      return person ? { accountId: sub, claims: async () => ({ sub, ...person }) } : undefined;
    },
    features: { devInteractions: { enabled: false } },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
  });

  // The interaction pages of a real provider (login form, consent) are answered at once.
  provider.use(async (ctx, next) => {
    if (ctx.method !== 'GET' || !ctx.path.startsWith('/interaction/')) return next();
    const interaction = await provider.interactionDetails(ctx.req, ctx.res);
    ctx.respond = false;
    if (interaction.prompt.name === 'login') {
      if (!nextSubject) throw new Error('loginAs() was not called');
      await provider.interactionFinished(
        ctx.req,
        ctx.res,
        { login: { accountId: nextSubject } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    const grant = new provider.Grant({
      accountId: interaction.session?.accountId ?? '',
      clientId: interaction.params.client_id ?? '',
    });
    grant.addOIDCScope(interaction.params.scope ?? 'openid');
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { consent: { grantId: await grant.save() } },
      { mergeWithLastSubmission: true },
    );
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    redirectUri,
    env: {
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_REDIRECT_URI: redirectUri,
      OIDC_ALLOW_INSECURE: '1',
    },
    loginAs(subject, person) {
      people.set(subject, person);
      nextSubject = subject;
    },
    async authorize(authorizationUrl) {
      const jar = new Map<string, string>();
      let url = new URL(authorizationUrl);
      for (let hop = 0; hop < 10; hop++) {
        const res = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
        });
        for (const line of res.headers.getSetCookie()) {
          const [pair = '', ...attributes] = line.split(';');
          const [name = '', value = ''] = pair.split(/=(.*)/s);
          const isExpired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
          if (!value || isExpired) jar.delete(name.trim());
          else jar.set(name.trim(), value);
        }
        const location = res.headers.get('location');
        if (!location) throw new Error(`the provider answered ${res.status} at ${url.pathname}`);
        url = new URL(location, url);
        if (url.href.startsWith(redirectUri)) return url;
      }
      throw new Error('too many redirects at the provider');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
