import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { OutgoingMessage } from '@talon/core/messaging';
import { createAuditChainer, createAuditRepository, type DatabaseHandle } from '@talon/db';
import { createTestDatabase, tamperWithAuditLog } from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerLogger } from '../logger';
import { verifyAuditJob } from './audit.verify.job';
import { writeAuditCheckpointJob } from './audit.write-checkpoint.job';

const key = Buffer.alloc(32, 51);
const now = new Date('2027-02-01T03:20:00Z');
const clock = { now: () => now };
let database: DatabaseHandle;
let checkpointDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  checkpointDir = mkdtempSync(path.join(tmpdir(), 'talon-audit-job-'));
});

afterAll(async () => {
  await database?.close();
  rmSync(checkpointDir, { recursive: true, force: true });
});

/** Log lines as the job writes them: level, bindings and message. */
function recordingLogger() {
  const lines: { level: string; bindings: object; message?: string }[] = [];
  const logger = (): WorkerLogger => ({
    debug: (bindings, message) => lines.push({ level: 'debug', bindings, message }),
    info: (bindings, message) => lines.push({ level: 'info', bindings, message }),
    warn: (bindings, message) => lines.push({ level: 'warn', bindings, message }),
    error: (bindings, message) => lines.push({ level: 'error', bindings, message }),
    child: () => logger(),
  });
  return { lines, logger: logger() };
}

const record = (subjectPatientId: string) =>
  createAuditRepository(database.db).record({
    action: 'record.read',
    outcome: 'success',
    actorAccountId: randomUUID(),
    subjectPatientId,
    details: { recordType: 'appointment' },
  });

async function runVerify(officerEmail: string | null = 'officer@clinic.test') {
  const sent: OutgoingMessage[] = [];
  const { lines, logger } = recordingLogger();
  const check = await verifyAuditJob({
    db: database.db,
    key,
    checkpointDir,
    chainer: createAuditChainer(database.db, key),
    officerEmail,
    send: async (message) => {
      sent.push(message);
    },
    clock,
    logger,
  });
  return { check, sent, lines };
}

describe('audit.verify and audit.write-checkpoint', () => {
  const patientId = randomUUID();

  it('links the pending entries, anchors the head in a signed file and mails the officer the verified head', async () => {
    for (let i = 0; i < 3; i++) await record(patientId);
    const { check, sent, lines } = await runVerify();
    expect(check).toMatchObject({ problem: null, count: 3, head: { seq: 3 } });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      template: 'audit_chain_verified',
      channel: 'email',
      recipient: 'officer@clinic.test',
      payload: { seq: '3', count: '3', hash: check.head?.hash },
    });
    expect(lines.some((l) => l.level === 'error')).toBe(false);

    const { logger } = recordingLogger();
    const file = await writeAuditCheckpointJob({ db: database.db, key, dir: checkpointDir, clock, logger });
    expect(file).toBe(path.join(checkpointDir, 'audit-checkpoint-0000000000000003.json'));
    // The head has not moved: nothing new is written.
    expect(
      await writeAuditCheckpointJob({ db: database.db, key, dir: checkpointDir, clock, logger }),
    ).toBeNull();
    expect(readdirSync(checkpointDir)).toEqual(['audit-checkpoint-0000000000000003.json']);
  });

  it('alerts the officer and logs at error level, without personal data, when the newest entries are cut', async () => {
    // What a superuser can do: switch the append-only triggers off and delete the newest entry with its link.
    await tamperWithAuditLog(database.db, [
      'delete from audit_chain where seq = 3',
      'delete from audit_events where seq = 3',
    ]);

    const { check, sent, lines } = await runVerify();
    expect(check.problem).toEqual({ kind: 'truncated', seq: 3 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      template: 'audit_chain_broken',
      recipient: 'officer@clinic.test',
      payload: { seq: '3' },
    });
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'audit chain broken',
      bindings: { problem: 'truncated', seq: 3 },
    });
    expect(JSON.stringify(lines)).not.toContain(patientId);
  });

  it('still logs the break when no security officer is configured', async () => {
    const { check, sent, lines } = await runVerify(null);
    expect(check.problem?.kind).toBe('truncated');
    expect(sent).toEqual([]);
    expect(lines.map((l) => l.level)).toEqual(['error', 'warn']);
  });
});
