import { randomUUID } from 'node:crypto';
import { buildSlots, createTestDatabase } from '@talon/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../client';
import { createIdentityStore } from '../repositories/identity/identity-store';
import { createConditionsRepository } from '../repositories/records/conditions.repository';
import { createRegistryStore } from '../repositories/registry/registry-store';
import {
  accounts,
  appointments,
  conditions,
  emergencyAccesses,
  idempotencyKeys,
  patients,
  referrals,
  registrations,
} from '../schema';
import { queryRows } from '../sql';
import { aadFor } from './encrypted-columns';
import { createFieldCipher } from './field-cipher';
import { backfillConditionCodeHashes, rehashLookups } from './rehash-lookups';
import { sealPlaintextColumns } from './seal-plaintext-columns';

const encryptionKeys = new Map([['k1', Buffer.alloc(32, 71)]]);
const oldLookupKey = Buffer.alloc(32, 72);
const newLookupKey = Buffer.alloc(32, 73);
const before = createFieldCipher({ encryptionKeys, currentKeyId: 'k1', lookupKey: oldLookupKey });
const rotating = createFieldCipher({
  encryptionKeys,
  currentKeyId: 'k1',
  lookupKey: newLookupKey,
  previousLookupKey: oldLookupKey,
});

let handle: DatabaseHandle;
let patientId: string;
let appointmentId: string;
let referralId: string;
let grantId: string;
let accountId: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  const { db } = handle;
  const [patient] = await db
    .insert(patients)
    .values({
      surname: 'Тестова',
      name: 'Анна',
      birthDate: '1990-01-01',
      sex: 'female',
      regionCode: '77',
      snilsHash: before.lookupHash('11223344595'),
      omsHash: before.lookupHash('7700000000000001'),
    })
    .returning({ id: patients.id });
  patientId = patient!.id;
  await db
    .update(patients)
    .set({
      snilsEncrypted: before.encrypt('11223344595', aadFor(patients.snilsEncrypted, patientId)),
      // Written before values were bound to their row: readable all the same.
      omsEncrypted: before.encrypt('7700000000000001'),
    })
    .where(eq(patients.id, patientId));
  const [account] = await db
    .insert(accounts)
    .values({ displayName: 'Анна', patientId, snilsHash: before.lookupHash('11223344595') })
    .returning({ id: accounts.id });
  accountId = account!.id;
  const [registration] = await db
    .insert(registrations)
    .values({
      snilsHash: before.lookupHash('11223344696'),
      phone: '+79990000001',
      payloadEncrypted: 'placeholder',
      consentVersion: '1',
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    })
    .returning({ id: registrations.id });
  await db
    .update(registrations)
    .set({
      payloadEncrypted: before.encrypt(
        JSON.stringify({ snils: '11223344696' }),
        aadFor(registrations.payloadEncrypted, registration!.id),
      ),
    })
    .where(eq(registrations.id, registration!.id));

  // Plaintext as the release before issue 15 item 9 stored it.
  const [slot] = await buildSlots(db);
  const [referral] = await db
    .insert(referrals)
    .values({
      patientId,
      specialtyCode: slot!.specialtyCode,
      legacyDiagnosisCode: 'J06.9',
      validUntil: '2030-01-01',
    })
    .returning({ id: referrals.id });
  referralId = referral!.id;
  const [appointment] = await db
    .insert(appointments)
    .values({
      slotId: slot!.id,
      patientId,
      organizationId: slot!.organizationId,
      practitionerId: slot!.practitionerId,
      specialtyCode: slot!.specialtyCode,
      startsAt: slot!.startsAt,
      code: 'ABCD-EFGH',
      ticketNumber: 'T-20301231-0002',
      channel: 'registry',
      bookedByKind: 'registrar',
      legacyOverrideReason: 'пациент на костылях',
    })
    .returning({ id: appointments.id });
  appointmentId = appointment!.id;
  const [grant] = await db
    .insert(emergencyAccesses)
    .values({
      accountId,
      patientId,
      legacyReason: 'без сознания, доставлен скорой',
      expiresAt: new Date('2030-01-01T00:00:00Z'),
    })
    .returning({ id: emergencyAccesses.id });
  grantId = grant!.id;
  await db.insert(idempotencyKeys).values({
    accountId,
    key: 'replay-1',
    fingerprint: 'POST /x',
    state: 'done',
    responseStatus: 201,
    legacyResponseBody: { id: appointmentId, reason: 'Болит горло' },
    expiresAt: new Date('2030-01-01T00:00:00Z'),
  });
});

afterAll(async () => {
  await handle?.close();
});

describe('sealPlaintextColumns', () => {
  it('moves the plaintext of earlier releases into the encrypted columns, bound to their rows', async () => {
    expect(await sealPlaintextColumns(handle.db, before, { batchSize: 1 })).toBe(4);
    const [appointment] = await handle.db
      .select()
      .from(appointments)
      .where(eq(appointments.id, appointmentId));
    expect(appointment?.legacyOverrideReason).toBeNull();
    expect(
      before.decrypt(
        appointment!.overrideReasonEncrypted!,
        aadFor(appointments.overrideReasonEncrypted, appointmentId),
      ),
    ).toBe('пациент на костылях');
    const [referral] = await handle.db.select().from(referrals).where(eq(referrals.id, referralId));
    expect(referral?.legacyDiagnosisCode).toBeNull();
    expect(referral?.diagnosisCodeEncrypted).not.toContain('J06');
    expect(
      before.decrypt(referral!.diagnosisCodeEncrypted!, aadFor(referrals.diagnosisCodeEncrypted, referralId)),
    ).toBe('J06.9');
    const [grant] = await handle.db.select().from(emergencyAccesses).where(eq(emergencyAccesses.id, grantId));
    expect(grant?.legacyReason).toBeNull();
    expect(before.decrypt(grant!.reasonEncrypted!, aadFor(emergencyAccesses.reasonEncrypted, grantId))).toBe(
      'без сознания, доставлен скорой',
    );
    const [stored] = await handle.db.select().from(idempotencyKeys);
    expect(stored?.legacyResponseBody).toBeNull();
    const reply = before.decrypt(
      stored!.responseEncrypted!,
      aadFor(idempotencyKeys.responseEncrypted, accountId, 'replay-1'),
    );
    expect(JSON.parse(reply)).toEqual({ id: appointmentId, reason: 'Болит горло' });
    expect(await sealPlaintextColumns(handle.db, before)).toBe(0);
  });
});

describe('rehashLookups', () => {
  const find = async (cipher: typeof before, snils: string) => {
    const store = createRegistryStore(handle.db, cipher);
    return store.transaction((repos) =>
      repos.patientSearch.find({ snilsHashes: cipher.lookupHashes(snils) }, 5),
    );
  };

  it('finds people under both look-up keys while the hashes are being moved', async () => {
    expect(await find(rotating, '11223344595')).toHaveLength(1);
    const onlyNew = createFieldCipher({ encryptionKeys, currentKeyId: 'k1', lookupKey: newLookupKey });
    expect(await find(onlyNew, '11223344595')).toHaveLength(0);
    const accounts = await createIdentityStore(handle.db, rotating).transaction((repos) =>
      repos.accounts.findByIdentifiers({ snilsHashes: rotating.lookupHashes('11223344595') }),
    );
    expect(accounts.map((a) => a.id)).toEqual([accountId]);
  });

  it('re-hashes patients, accounts and pending registrations under the new key, once', async () => {
    expect(await rehashLookups(handle.db, rotating, { batchSize: 1 })).toEqual({
      rehashed: 4,
      unresolved: 0,
    });
    const [patient] = await handle.db.select().from(patients).where(eq(patients.id, patientId));
    expect(patient?.snilsHash).toBe(rotating.lookupHash('11223344595'));
    expect(patient?.omsHash).toBe(rotating.lookupHash('7700000000000001'));
    const [account] = await handle.db.select().from(accounts).where(eq(accounts.id, accountId));
    expect(account?.snilsHash).toBe(rotating.lookupHash('11223344595'));
    const [registration] = await queryRows<{ snils_hash: string }>(
      handle.db,
      sql`select snils_hash from registrations`,
    );
    expect(registration?.snils_hash).toBe(rotating.lookupHash('11223344696'));
    // The previous key can go: the new one alone finds everybody.
    const onlyNew = createFieldCipher({ encryptionKeys, currentKeyId: 'k1', lookupKey: newLookupKey });
    expect(await find(onlyNew, '11223344595')).toHaveLength(1);
    expect(await rehashLookups(handle.db, rotating)).toEqual({ rehashed: 0, unresolved: 0 });
  });

  it('leaves a hash under neither key as it is, and says so', async () => {
    await handle.db
      .update(accounts)
      .set({ snilsHash: 'f'.repeat(64) })
      .where(eq(accounts.id, accountId));
    const lines: string[] = [];
    expect(await rehashLookups(handle.db, rotating, { log: (line) => lines.push(line) })).toEqual({
      rehashed: 0,
      unresolved: 1,
    });
    expect(lines).toContain(
      `accounts.snils_hash of row ${accountId}: under neither look-up key, left as it is`,
    );
  });
});

describe('diagnosis code hashes (FHIR Condition?code=)', () => {
  const hashOf = async (id: string) =>
    (await handle.db.select().from(conditions).where(eq(conditions.id, id)))[0]?.codeHash;

  it('are written with the code, filled for older rows, and re-hashed under a new look-up key', async () => {
    const id = randomUUID();
    await createConditionsRepository(handle.db, before).add({
      id,
      patientId,
      encounterId: null,
      code: 'j06.9 ',
      name: 'Острая инфекция верхних дыхательных путей неуточненная',
      role: null,
      clinicalStatus: 'active',
      verificationStatus: 'confirmed',
      onsetDate: null,
      abatementDate: null,
      recordedByPractitionerId: null,
      at: new Date('2026-10-01T10:00:00Z'),
    });
    // Upper-cased and trimmed: `J06.9` and `j06.9 ` are the same code.
    expect(await hashOf(id)).toBe(before.lookupHash('J06.9'));
    // A row of an earlier release has no hash: the backfill computes it, once.
    await handle.db.update(conditions).set({ codeHash: null }).where(eq(conditions.id, id));
    expect(await backfillConditionCodeHashes(handle.db, before, { batchSize: 1 })).toBe(1);
    expect(await hashOf(id)).toBe(before.lookupHash('J06.9'));
    expect(await backfillConditionCodeHashes(handle.db, before)).toBe(0);
    await rehashLookups(handle.db, rotating);
    expect(await hashOf(id)).toBe(rotating.lookupHash('J06.9'));
  });
});
