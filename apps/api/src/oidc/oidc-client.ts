import type { Config } from '@talon/config';
import type { ExternalIdentityClaims } from '@talon/core/identity';
import * as oidc from 'openid-client';

export type OidcSettings = NonNullable<Config['oidc']>;

/** What the browser must bring back to the callback: kept in the sealed flow cookie, never in the URL. */
export interface OidcFlow {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** The provider could not be reached or its discovery document is unusable. */
export class OidcUnavailableError extends Error {
  override name = 'OidcUnavailableError';
}

export interface OidcClient {
  /** The provider's authorization URL for a new login, and the flow secrets that check its answer. */
  start(): Promise<{ url: URL; flow: OidcFlow }>;
  /**
   * Exchanges the code of the callback (`query`: its raw query string) for tokens, checking state, nonce,
   * PKCE and the ID token, then reads userinfo. Throws on any mismatch or an error answer.
   */
  finish(query: string, flow: OidcFlow): Promise<ExternalIdentityClaims>;
}

/** A SNILS claim as a string (ЕСИА sends `"123-456-789 01"`; some providers send digits as a number). */
const asSnils = (value: unknown): string | null =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;

const asText = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** Maps the provider's verified claims to Talon's: only `true` (or the text "true") confirms an identity. */
export function toExternalClaims(
  settings: Pick<OidcSettings, 'issuer' | 'snilsClaim' | 'verifiedClaim'>,
  claims: Record<string, unknown> & { sub: string },
): ExternalIdentityClaims {
  const verified = claims[settings.verifiedClaim];
  return {
    provider: settings.issuer,
    subject: claims.sub,
    snils: asSnils(claims[settings.snilsClaim]),
    isConfirmed: verified === true || verified === 'true',
    surname: asText(claims.family_name),
    name: asText(claims.given_name),
    patronymic: asText(claims.middle_name),
  };
}

/**
 * The OpenID Connect relying party (openid-client 6): authorization code flow with PKCE (S256), state and
 * nonce. The provider's metadata is discovered at the first login, not at start, so an unreachable provider
 * never keeps Talon from starting; a failed discovery is retried on the next login.
 */
export function createOidcClient(settings: OidcSettings): OidcClient {
  let discovered: Promise<oidc.Configuration> | null = null;

  function configuration(): Promise<oidc.Configuration> {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        oidc.ClientSecretBasic(settings.clientSecret),
        {
          execute: settings.allowInsecure ? [oidc.allowInsecureRequests] : [],
          timeout: 10,
        },
      )
      .catch((error: unknown) => {
        discovered = null;
        throw new OidcUnavailableError('OpenID Connect discovery failed', { cause: error });
      });
    return discovered;
  }

  return {
    async start() {
      const config = await configuration();
      const flow: OidcFlow = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.redirectUri,
        scope: settings.scopes,
        response_type: 'code',
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url, flow };
    },

    async finish(query, flow) {
      const config = await configuration();
      // The answer is read against the registered callback, so the token request names the same URI.
      const currentUrl = new URL(settings.redirectUri);
      currentUrl.search = query;
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider returned no ID token');
      // Userinfo must name the same subject as the ID token (checked by fetchUserInfo).
      const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
      return toExternalClaims(settings, { ...idToken, ...userinfo, sub: idToken.sub });
    },
  };
}
