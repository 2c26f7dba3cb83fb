import { createHmac, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChainHead } from './audit-chainer';
import type { ChainCheckpoint } from './verify-audit-chain';

const FORM = 'talon-audit-checkpoint/1';
const FILE = /^audit-checkpoint-(\d{16})\.json$/;
/** Checkpoints kept per folder: at one per 10 minutes with new entries, about 16 hours of them. */
const KEEP = 100;

interface CheckpointFile {
  form: string;
  seq: number;
  hash: string;
  writtenAt: string;
  signature: string;
}

const sign = (key: Buffer, seq: number, hash: string, writtenAt: string) =>
  createHmac('sha256', key).update(`${FORM}\n${seq}\n${hash}\n${writtenAt}`).digest('hex');

/**
 * Anchors the chain outside the database (issue 15 item 7): writes the head (`seq`, `hash`) as a checkpoint
 * file in `dir` signed with HMAC-SHA-256 under the audit key, which the database does not hold — so whoever
 * rewrites or cuts the log cannot make a checkpoint that agrees. One file per head (`audit-checkpoint-<seq>`,
 * written atomically, never overwritten); the oldest beyond 100 are removed. Returns the file's path, or
 * null when that head was already anchored.
 */
export async function writeAuditCheckpoint(
  dir: string,
  key: Buffer,
  head: ChainHead,
  at: Date,
): Promise<string | null> {
  await mkdir(dir, { recursive: true });
  const name = `audit-checkpoint-${String(head.seq).padStart(16, '0')}.json`;
  const names = await readdir(dir);
  if (names.includes(name)) return null;
  const writtenAt = at.toISOString();
  const file: CheckpointFile = {
    form: FORM,
    seq: head.seq,
    hash: head.hash,
    writtenAt,
    signature: sign(key, head.seq, head.hash, writtenAt),
  };
  const target = path.join(dir, name);
  const temporary = `${target}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o640 });
  await rename(temporary, target);
  const old = names.filter((n) => FILE.test(n)).sort();
  for (const stale of old.slice(0, Math.max(0, old.length + 1 - KEEP))) {
    await rm(path.join(dir, stale), { force: true });
  }
  return target;
}

/**
 * The newest checkpoint in `dir` whose signature holds, and the files whose signature does not (a forged
 * or damaged checkpoint: `audit:verify` fails on them). Nothing when the folder does not exist yet.
 */
export async function readLatestAuditCheckpoint(
  dir: string,
  key: Buffer,
): Promise<{ checkpoint: ChainCheckpoint | null; invalid: string[] }> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => FILE.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoint: null, invalid: [] };
    throw error;
  }
  const invalid: string[] = [];
  let checkpoint: ChainCheckpoint | null = null;
  for (const name of names) {
    const parsed = parseCheckpoint(await readFile(path.join(dir, name), 'utf8'), key);
    if (!parsed || `audit-checkpoint-${String(parsed.seq).padStart(16, '0')}.json` !== name) {
      invalid.push(name);
    } else if (!checkpoint || parsed.seq > checkpoint.seq) {
      checkpoint = parsed;
    }
  }
  return { checkpoint, invalid };
}

function parseCheckpoint(text: string, key: Buffer): ChainCheckpoint | null {
  let file: Partial<CheckpointFile>;
  try {
    file = JSON.parse(text) as Partial<CheckpointFile>;
  } catch {
    return null;
  }
  const { form, seq, hash, writtenAt, signature } = file;
  if (
    form !== FORM ||
    !Number.isSafeInteger(seq) ||
    typeof hash !== 'string' ||
    typeof writtenAt !== 'string'
  ) {
    return null;
  }
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/.test(signature)) return null;
  const expected = Buffer.from(sign(key, seq as number, hash, writtenAt), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return null;
  return { seq: seq as number, hash, writtenAt: new Date(writtenAt) };
}
