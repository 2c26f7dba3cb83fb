import path from 'node:path';
import { z } from 'zod';

/** Insecure fixed keys for demo and tests only; refused in production. */
const DEMO_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');
const DEMO_LOOKUP_KEY = Buffer.alloc(32, 11).toString('base64');

const flag = z
  .enum(['0', '1', 'true', 'false', ''])
  .default('0')
  .transform((value) => value === '1' || value === 'true');

const key32 = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');

const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional()
      .or(z.literal('').transform(() => undefined)),
    DATA_DIR: z.string().default('./data'),
    DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TALON_DEMO: flag,
    TRUST_PROXY: flag,
    WEB_DIST_DIR: z.string().default('apps/web/dist'),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    TALON_ENCRYPTION_KEY: key32.optional(),
    TALON_LOOKUP_KEY: key32.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.TALON_DEMO) {
      ctx.addIssue({
        code: 'custom',
        path: ['TALON_DEMO'],
        message: 'demo mode is never allowed in production',
      });
    }
    if (env.NODE_ENV === 'production') {
      for (const key of ['TALON_ENCRYPTION_KEY', 'TALON_LOOKUP_KEY'] as const) {
        if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'required in production' });
      }
    }
  });

export type Config = Readonly<{
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  isDemo: boolean;
  trustProxy: boolean;
  logLevel: string;
  shutdownTimeoutMs: number;
  webDistDir: string;
  database:
    | Readonly<{ kind: 'pglite'; dataDir: string }>
    | Readonly<{ kind: 'postgres'; url: string; poolMax: number }>;
  secrets: Readonly<{ encryptionKey: Buffer; lookupKey: Buffer }>;
}>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once at start and fails fast with every problem listed.
 * `.env.example` documents each variable; secrets are never echoed back.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ZEnv.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    isDemo: e.TALON_DEMO,
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    database: Object.freeze(
      e.DATABASE_URL
        ? { kind: 'postgres' as const, url: e.DATABASE_URL, poolMax: e.DB_POOL_MAX }
        : { kind: 'pglite' as const, dataDir: path.join(dataDir, 'pglite') },
    ),
    secrets: Object.freeze({
      encryptionKey: Buffer.from(e.TALON_ENCRYPTION_KEY ?? DEMO_ENCRYPTION_KEY, 'base64'),
      lookupKey: Buffer.from(e.TALON_LOOKUP_KEY ?? DEMO_LOOKUP_KEY, 'base64'),
    }),
  });
}
