import type { Account, AccountRepository, NewAccount, RoleGrant } from '@talon/core/identity';
import { and, eq, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { aadFor } from '../../crypto/encrypted-columns';
import type { FieldCipher } from '../../crypto/field-cipher';
import { accountRoles, accounts } from '../../schema';

type AccountRow = typeof accounts.$inferSelect;

export type RoleRow = Pick<typeof accountRoles.$inferSelect, 'role' | 'organizationId' | 'regionCode'>;

/** An account row and its role rows as core's account; the TOTP secret is decrypted here and nowhere else. */
export function toAccount(row: AccountRow, grants: readonly RoleRow[], cipher: FieldCipher): Account {
  return {
    id: row.id,
    displayName: row.displayName,
    patientId: row.patientId,
    practitionerId: row.practitionerId,
    phone: row.phone,
    email: row.email,
    snilsHash: row.snilsHash,
    passwordHash: row.passwordHash,
    status: row.status,
    totpSecret: row.totpSecretEncrypted
      ? cipher.decrypt(row.totpSecretEncrypted, aadFor(accounts.totpSecretEncrypted, row.id))
      : null,
    totpEnabled: row.totpEnabledAt !== null,
    smsMfaEnabled: row.smsMfaEnabled,
    failedLoginCount: row.failedLoginCount,
    lockedUntil: row.lockedUntil,
    roles: grants.map(
      (g): RoleGrant => ({
        role: g.role,
        organizationId: g.organizationId,
        // Only the call-centre role has a region; other grants keep their two fields.
        ...(g.regionCode ? { regionCode: g.regionCode } : {}),
      }),
    ),
  };
}

/** Accounts with their roles. */
export function createAccountRepository(db: DbExecutor, cipher: FieldCipher): AccountRepository {
  const withRoles = async (rows: AccountRow[]): Promise<Account[]> => {
    if (!rows.length) return [];
    const grants = await db
      .select()
      .from(accountRoles)
      .where(
        inArray(
          accountRoles.accountId,
          rows.map((r) => r.id),
        ),
      );
    return rows.map((row) =>
      toAccount(
        row,
        grants.filter((g) => g.accountId === row.id),
        cipher,
      ),
    );
  };

  return {
    async findById(id) {
      const rows = await db.select().from(accounts).where(eq(accounts.id, id));
      return (await withRoles(rows))[0] ?? null;
    },
    async findByIdentifiers(ids) {
      const conditions: SQL[] = [];
      if (ids.email) conditions.push(eq(accounts.email, ids.email));
      if (ids.phone) conditions.push(eq(accounts.phone, ids.phone));
      if (ids.snilsHashes?.length) conditions.push(inArray(accounts.snilsHash, [...ids.snilsHashes]));
      if (!conditions.length) return [];
      return withRoles(
        await db
          .select()
          .from(accounts)
          .where(or(...conditions)),
      );
    },
    async create(account: NewAccount) {
      const [row] = await db
        .insert(accounts)
        .values({
          displayName: account.displayName,
          patientId: account.patientId,
          practitionerId: account.practitionerId ?? null,
          phone: account.phone,
          email: account.email,
          snilsHash: account.snilsHash,
          passwordHash: account.passwordHash,
          passwordChangedAt: account.passwordHash ? new Date() : null,
        })
        .returning();
      if (!row) throw new Error('account insert returned nothing');
      if (account.roles.length) {
        await db.insert(accountRoles).values(account.roles.map((g) => ({ accountId: row.id, ...g })));
      }
      return (await withRoles([row]))[0]!;
    },
    async setLoginFailures(id, state) {
      await db.update(accounts).set(state).where(eq(accounts.id, id));
    },
    async setPassword(id, passwordHash, at) {
      await db
        .update(accounts)
        .set({ passwordHash, passwordChangedAt: at, updatedAt: at })
        .where(eq(accounts.id, id));
    },
    async setTotp(id, state) {
      await db
        .update(accounts)
        .set({
          totpSecretEncrypted: state.secret
            ? cipher.encrypt(state.secret, aadFor(accounts.totpSecretEncrypted, id))
            : null,
          totpEnabledAt: state.enabledAt,
        })
        .where(eq(accounts.id, id));
    },
    async useTotpStep(id, step) {
      const rows = await db
        .update(accounts)
        .set({ totpLastStep: step })
        .where(and(eq(accounts.id, id), or(isNull(accounts.totpLastStep), lt(accounts.totpLastStep, step))))
        .returning({ id: accounts.id });
      return rows.length === 1;
    },
    async setSmsMfa(id, enabled) {
      await db.update(accounts).set({ smsMfaEnabled: enabled }).where(eq(accounts.id, id));
    },
  };
}
