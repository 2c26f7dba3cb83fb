import { z } from 'zod';
import { blankAsUndefined, flag } from './env-values';

/** Login through an external OpenID Connect provider (docs/oidc.md), spread into the environment's schema. */
export const oidcEnvShape = {
  OIDC_ISSUER: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  OIDC_CLIENT_ID: z.preprocess(blankAsUndefined, z.string().optional()),
  OIDC_CLIENT_SECRET: z.preprocess(blankAsUndefined, z.string().optional()),
  OIDC_REDIRECT_URI: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  OIDC_PROVIDER_NAME: z.preprocess(blankAsUndefined, z.string().max(60).default('Госуслуги')),
  OIDC_SCOPES: z.preprocess(blankAsUndefined, z.string().default('openid profile snils')),
  OIDC_SNILS_CLAIM: z.preprocess(blankAsUndefined, z.string().default('snils')),
  OIDC_VERIFIED_CLAIM: z.preprocess(blankAsUndefined, z.string().default('trusted')),
  OIDC_ALLOW_INSECURE: flag,
};

type OidcEnv = {
  NODE_ENV: string;
  OIDC_ISSUER?: string | undefined;
  OIDC_CLIENT_ID?: string | undefined;
  OIDC_CLIENT_SECRET?: string | undefined;
  OIDC_REDIRECT_URI?: string | undefined;
  OIDC_SCOPES: string;
  OIDC_ALLOW_INSECURE: boolean;
};

/** The OIDC variables that must come together, and https outside development. */
export function checkOidcEnv(env: OidcEnv, issue: (key: string, message: string) => void): void {
  if (env.OIDC_ISSUER) {
    for (const key of ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const) {
      if (!env[key]) issue(key, 'required with OIDC_ISSUER');
    }
    if (!env.OIDC_SCOPES.split(/\s+/).includes('openid')) {
      issue('OIDC_SCOPES', 'must include openid');
    }
    if (env.NODE_ENV === 'production' && !env.OIDC_REDIRECT_URI) {
      issue('OIDC_REDIRECT_URI', 'required in production');
    }
    const insecure = [env.OIDC_ISSUER, env.OIDC_REDIRECT_URI].some((url) => url?.startsWith('http:'));
    if (insecure && (!env.OIDC_ALLOW_INSECURE || env.NODE_ENV === 'production')) {
      issue(
        'OIDC_ISSUER',
        env.NODE_ENV === 'production'
          ? 'must be https in production'
          : 'must be https (OIDC_ALLOW_INSECURE=1 allows http in development and tests)',
      );
    }
  }
}
