import argon2 from 'argon2';

/**
 * argon2id at the OWASP Password Storage Cheat Sheet's first configuration (19 MiB, 2 passes, 1 lane):
 * strong against GPUs, yet fast enough that a call centre or a load test can log in thousands of accounts.
 * Here rather than in the API so that the demo seed stores hashes the API verifies in the same way.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** An argon2id hash (PHC string with a random salt) under `ARGON2_OPTIONS`. */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, ARGON2_OPTIONS);
