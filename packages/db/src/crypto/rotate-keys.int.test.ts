import { createCipheriv, randomBytes } from 'node:crypto';
import { buildSlots, createTestDatabase } from '@talon/testing';
import { getTableName, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import {
  accounts,
  appointments,
  dataRequests,
  notificationOutbox,
  patients,
  registrations,
  representativeLinks,
} from '../schema';
import { queryRows } from '../sql';
import { aadFor, ENCRYPTED_COLUMNS } from './encrypted-columns';
import { createFieldCipher } from './field-cipher';
import { rotateEncryptionKeys } from './rotate-keys';

const legacyKey = Buffer.alloc(32, 21);
const keyA = Buffer.alloc(32, 22);
const keyB = Buffer.alloc(32, 23);
const lookupKey = Buffer.alloc(32, 24);
const cipherA = createFieldCipher({ encryptionKeys: new Map([['a', keyA]]), currentKeyId: 'a', lookupKey });
const ring = new Map([
  ['k1', legacyKey],
  ['a', keyA],
  ['b', keyB],
]);
const cipherB = createFieldCipher({ encryptionKeys: ring, currentKeyId: 'b', lookupKey });

/** A value as the single-key version wrote it: `v1.` under what is now key k1. */
function legacyEncrypt(plaintext: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', legacyKey, iv);
  const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return `v1.${Buffer.concat([iv, c.getAuthTag(), body]).toString('base64')}`;
}

let handle: DatabaseHandle;
const snilsList = ['11223344595', '11223344696', '11223344797', '11223344898', '11223344999'];

/** Every encrypted value: `table.column` → plaintexts, read back through a cipher with each row's binding. */
async function readAll(cipher = cipherB) {
  const values: Record<string, string[]> = {};
  const stored: string[] = [];
  for (const target of ENCRYPTED_COLUMNS) {
    const keys = sql.join(
      target.key.map((column, i) => sql`${sql.identifier(column.name)}::text as ${sql.identifier(`k${i}`)}`),
      sql`, `,
    );
    const rows = await queryRows<Record<string, string>>(
      handle.db,
      sql`select ${keys}, ${sql.identifier(target.column.name)} as value from ${sql.identifier(getTableName(target.table))}
          where ${sql.identifier(target.column.name)} is not null order by 1`,
    );
    stored.push(...rows.map((r) => r.value!));
    values[`${getTableName(target.table)}.${target.column.name}`] = rows
      .map((r) => cipher.decrypt(r.value!, aadFor(target.column, ...target.key.map((_, i) => r[`k${i}`]!))))
      .sort();
  }
  return { values, stored };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  const ids = await db
    .insert(patients)
    .values(
      snilsList.map((snils, i) => ({
        surname: 'Тестова',
        name: 'Анна',
        birthDate: '1990-01-01',
        sex: 'female' as const,
        regionCode: '77',
        snilsHash: cipherA.lookupHash(snils),
        snilsEncrypted: i === 0 ? legacyEncrypt(snils) : cipherA.encrypt(snils),
        omsHash: i === 4 ? null : cipherA.lookupHash(`770000000000000${i}`),
        omsEncrypted: i === 4 ? null : cipherA.encrypt(`770000000000000${i}`),
      })),
    )
    .returning({ id: patients.id });
  const [first, second] = ids.map((r) => r.id) as [string, string];
  const [account] = await db
    .insert(accounts)
    .values({ displayName: 'Врач', totpSecretEncrypted: cipherA.encrypt('JBSWY3DPEHPK3PXP') })
    .returning({ id: accounts.id });
  await db.insert(registrations).values({
    snilsHash: cipherA.lookupHash(snilsList[0] ?? ''),
    phone: '+79990000000',
    payloadEncrypted: cipherA.encrypt('{"form":1}'),
    consentVersion: '1',
    expiresAt: new Date('2030-01-01T00:00:00Z'),
  });
  await db.insert(notificationOutbox).values({
    event: 'test',
    channel: 'sms',
    recipient: '+79990000000',
    accountId: account?.id,
    template: 'code',
    payloadEncrypted: cipherB.encrypt('{"code":"123456"}'),
    dedupeKey: 'rotate-test',
  });
  await db.insert(representativeLinks).values({
    representativePatientId: first,
    wardPatientId: second,
    relation: 'parent',
    status: 'active',
    documentEncrypted: cipherA.encrypt('I-МЮ 123456'),
  });
  await db.insert(dataRequests).values({
    patientId: first,
    kind: 'correction',
    detailsEncrypted: cipherA.encrypt('Исправить адрес'),
    dueAt: new Date('2030-01-01T00:00:00Z'),
  });
  const [slot] = await buildSlots(db);
  await db.insert(appointments).values({
    slotId: slot!.id,
    patientId: first,
    organizationId: slot!.organizationId,
    practitionerId: slot!.practitionerId,
    specialtyCode: slot!.specialtyCode,
    startsAt: slot!.startsAt,
    status: 'cancelled_by_patient',
    cancelledByKind: 'patient',
    code: 'ABCD-EFGH',
    ticketNumber: 'T-20301231-0001',
    channel: 'internet',
    bookedByKind: 'patient',
    reasonEncrypted: cipherA.encrypt('Болит горло'),
    cancellationReasonEncrypted: legacyEncrypt('Заболел ребёнок'),
  });
});

afterAll(async () => {
  await handle?.close();
});

describe('rotateEncryptionKeys', () => {
  it('re-encrypts every value under the current key, in batches, and leaves look-up hashes alone', async () => {
    const before = await readAll();
    const hashesBefore = await queryRows<{ snils_hash: string; oms_hash: string | null }>(
      handle.db,
      sql`select snils_hash, oms_hash from patients order by id`,
    );
    // 15 under older keys, and the outbox payload under b but not yet bound to its row.
    expect(before.stored.filter((v) => cipherB.needsRotation(v))).toHaveLength(15);
    expect(before.stored.filter((v) => cipherB.needsRotation(v, true))).toHaveLength(16);

    const report = await rotateEncryptionKeys(handle.db, cipherB, { batchSize: 2 });
    expect(report.currentKeyId).toBe('b');
    expect(report.rotated).toBe(16);
    expect(Object.fromEntries(report.columns.map((c) => [c.column, c.rotated]))).toEqual({
      'patients.snils_encrypted': 5,
      'patients.oms_encrypted': 4,
      'patients.identity_document_encrypted': 0,
      'accounts.totp_secret_encrypted': 1,
      'registrations.payload_encrypted': 1,
      'notification_outbox.payload_encrypted': 1,
      'representative_links.document_encrypted': 1,
      'data_requests.details_encrypted': 1,
      // Data-change requests: none written by this test.
      'data_change_requests.new_value_encrypted': 0,
      'data_change_requests.reason_encrypted': 0,
      'data_change_requests.comment_encrypted': 0,
      // Attachment requests: none written by this test.
      'attachment_requests.reason_encrypted': 0,
      'attachment_requests.comment_encrypted': 0,
      // Support tickets: none written by this test.
      'support_tickets.subject_encrypted': 0,
      'support_messages.text_encrypted': 0,
      'appointments.reason_encrypted': 1,
      'appointments.cancellation_reason_encrypted': 1,
      'appointments.override_reason_encrypted': 0,
      'referrals.diagnosis_code_encrypted': 0,
      'emergency_accesses.reason_encrypted': 0,
      'idempotency_keys.response_encrypted': 0,
      'push_subscriptions.keys_encrypted': 0,
      'vapid_keys.private_key_encrypted': 0,
      'signing_certificates.private_key_encrypted': 0,
      // The medical record: none written by this test.
      'encounters.complaints_encrypted': 0,
      'encounters.anamnesis_encrypted': 0,
      'encounters.examination_encrypted': 0,
      'encounters.conclusion_encrypted': 0,
      'encounters.recommendations_encrypted': 0,
      'encounters.follow_up_encrypted': 0,
      'encounter_versions.complaints_encrypted': 0,
      'encounter_versions.anamnesis_encrypted': 0,
      'encounter_versions.examination_encrypted': 0,
      'encounter_versions.conclusion_encrypted': 0,
      'encounter_versions.recommendations_encrypted': 0,
      'encounter_versions.follow_up_encrypted': 0,
      'encounter_versions.conditions_encrypted': 0,
      'encounter_versions.amendment_reason_encrypted': 0,
      'conditions.code_encrypted': 0,
      'conditions.name_encrypted': 0,
      'diagnostic_reports.conclusion_encrypted': 0,
      'observations.value_encrypted': 0,
      'medication_requests.dosage_text_encrypted': 0,
      'medication_requests.cancel_reason_encrypted': 0,
      'lab_orders.note_encrypted': 0,
      'staff_applications.fields_encrypted': 0,
      'staff_applications.rejection_reason_encrypted': 0,
      'coverages.number_encrypted': 0,
      'practitioner_documents.sections_encrypted': 0,
      'fhir_subscriptions.secret_encrypted': 0,
      'fhir_subscriptions.headers_encrypted': 0,
    });

    const after = await readAll();
    expect(after.values).toEqual(before.values);
    expect(after.values['patients.snils_encrypted']).toEqual([...snilsList].sort());
    // Under key b and bound to row and column (issue 15 item 9).
    expect(after.stored.every((v) => v.startsWith('b.a.'))).toBe(true);
    // Readable with key b alone: the old keys can now be removed from the configuration.
    const onlyB = createFieldCipher({ encryptionKeys: new Map([['b', keyB]]), currentKeyId: 'b', lookupKey });
    expect((await readAll(onlyB)).values).toEqual(before.values);

    const hashesAfter = await queryRows<{ snils_hash: string; oms_hash: string | null }>(
      handle.db,
      sql`select snils_hash, oms_hash from patients order by id`,
    );
    expect(hashesAfter).toEqual(hashesBefore);
    expect(hashesAfter.map((h) => h.snils_hash).sort()).toEqual(
      snilsList.map((s) => cipherB.lookupHash(s)).sort(),
    );
  });

  it('is idempotent: a second run finds nothing to do', async () => {
    const before = (await readAll()).stored;
    const report = await rotateEncryptionKeys(handle.db, cipherB);
    expect(report.rotated).toBe(0);
    expect((await readAll()).stored).toEqual(before);
  });

  it('binds every value to its row: a ciphertext copied to another row no longer decrypts', async () => {
    const rows = await queryRows<{ id: string; snils_encrypted: string }>(
      handle.db,
      sql`select id::text, snils_encrypted from patients order by id limit 2`,
    );
    const [first, second] = rows as [(typeof rows)[0], (typeof rows)[0]];
    expect(cipherB.decrypt(first.snils_encrypted, aadFor(patients.snilsEncrypted, first.id))).toMatch(
      /^\d{11}$/,
    );
    expect(() =>
      cipherB.decrypt(first.snils_encrypted, aadFor(patients.snilsEncrypted, second.id)),
    ).toThrow();
    expect(() => cipherB.decrypt(first.snils_encrypted, aadFor(patients.omsEncrypted, first.id))).toThrow();
    await handle.db.execute(
      sql`update patients set snils_encrypted = ${first.snils_encrypted} where id = ${second.id}::uuid`,
    );
    const swapped = createFieldCipher({ encryptionKeys: ring, currentKeyId: 'a', lookupKey });
    await expect(rotateEncryptionKeys(handle.db, swapped)).rejects.toThrow(
      `cannot decrypt patients.snils_encrypted of row ${second.id}`,
    );
    await handle.db.execute(
      sql`update patients set snils_encrypted = ${second.snils_encrypted} where id = ${second.id}::uuid`,
    );
  });

  it('stops with the column and row id when a value is under a key it does not have', async () => {
    const [row] = await handle.db
      .update(dataRequests)
      .set({
        detailsEncrypted: createFieldCipher({
          encryptionKeys: new Map([['x', keyA]]),
          currentKeyId: 'x',
          lookupKey,
        }).encrypt('?'),
      })
      .returning({ id: dataRequests.id });
    await expect(rotateEncryptionKeys(handle.db, cipherB)).rejects.toThrow(
      `cannot decrypt data_requests.details_encrypted of row ${row?.id}: unknown encryption key id "x"`,
    );
  });
});
