import { z } from 'zod';

const blankAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const optionalText = z.preprocess(blankAsUndefined, z.string().optional());

/** The uploads' variables (docs/medical-record.md, «Uploads»), spread into the environment's schema. */
export const uploadsEnvShape = {
  UPLOADS_STORE: z.preprocess(blankAsUndefined, z.enum(['db', 's3']).default('db')),
  UPLOADS_S3_ENDPOINT: z.preprocess(blankAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  UPLOADS_S3_BUCKET: optionalText,
  UPLOADS_S3_REGION: z.preprocess(blankAsUndefined, z.string().default('us-east-1')),
  UPLOADS_S3_ACCESS_KEY_ID: optionalText,
  UPLOADS_S3_SECRET_ACCESS_KEY: optionalText,
  UPLOADS_S3_PREFIX: z.preprocess(blankAsUndefined, z.string().default('uploads/')),
};

type UploadsEnv = { UPLOADS_STORE: 'db' | 's3' } & {
  [K in Exclude<keyof typeof uploadsEnvShape, 'UPLOADS_STORE'>]?: string;
};

/** `UPLOADS_STORE=s3` needs the bucket's endpoint, name and keys. */
export function checkUploadsEnv(env: UploadsEnv, addIssue: (path: string, message: string) => void): void {
  if (env.UPLOADS_STORE !== 's3') return;
  for (const key of [
    'UPLOADS_S3_ENDPOINT',
    'UPLOADS_S3_BUCKET',
    'UPLOADS_S3_ACCESS_KEY_ID',
    'UPLOADS_S3_SECRET_ACCESS_KEY',
  ] as const) {
    if (!env[key]) addIssue(key, 'required with UPLOADS_STORE=s3');
  }
}

/**
 * Where uploaded files are kept: `s3` null — in the database (the default); otherwise an S3-compatible
 * bucket (path-style URLs), every object sealed before it leaves the process.
 */
export type UploadsConfig = Readonly<{
  s3: Readonly<{
    /** `https://storage.example.ru` (path-style URLs: `<endpoint>/<bucket>/<key>`). */
    endpoint: string;
    bucket: string;
    region: string;
    accessKeyId: string;
    secretAccessKey: string;
    /** A prefix of every object key (`talon/uploads/`). */
    prefix: string;
  }> | null;
}>;

export const uploadsConfig = (env: UploadsEnv): UploadsConfig =>
  Object.freeze({
    s3:
      env.UPLOADS_STORE === 's3'
        ? Object.freeze({
            endpoint: env.UPLOADS_S3_ENDPOINT ?? '',
            bucket: env.UPLOADS_S3_BUCKET ?? '',
            region: env.UPLOADS_S3_REGION ?? 'us-east-1',
            accessKeyId: env.UPLOADS_S3_ACCESS_KEY_ID ?? '',
            secretAccessKey: env.UPLOADS_S3_SECRET_ACCESS_KEY ?? '',
            prefix: env.UPLOADS_S3_PREFIX ?? 'uploads/',
          })
        : null,
  });
