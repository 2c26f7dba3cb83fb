import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { schema } from '@talon/db';
import { bearerSession, type Session, uniquePhone } from './identity-helpers';
import type { TestApp } from './test-app';

export interface TestPatient {
  patientId: string;
  accountId: string;
  session: Session;
}

type PatientRow = typeof schema.patients.$inferInsert;

/**
 * Many logged-in patients at once, straight into the database (patients, accounts, roles and bearer
 * sessions in four multi-row INSERTs): registering hundreds through the API would spend the test's time on
 * argon2. `now` is the app's clock, so sessions are live for a test that moves time.
 */
export async function createPatients(
  t: TestApp,
  count: number,
  options: { now?: Date; patient?: Partial<PatientRow> } = {},
): Promise<TestPatient[]> {
  const db = t.database.db;
  const now = options.now ?? new Date();
  const people = Array.from({ length: count }, (_, i) => ({
    patientId: randomUUID(),
    accountId: randomUUID(),
    token: randomBytes(32).toString('base64url'),
    i,
  }));
  await db.insert(schema.patients).values(
    people.map((p) => ({
      id: p.patientId,
      surname: 'Тестова',
      name: `Пациентка${p.i}`,
      patronymic: 'Ивановна',
      birthDate: '1980-01-01',
      sex: 'female' as const,
      regionCode: '77',
      phone: uniquePhone(),
      ...options.patient,
    })),
  );
  await db
    .insert(schema.accounts)
    .values(
      people.map((p) => ({ id: p.accountId, displayName: `Пациентка ${p.i}`, patientId: p.patientId })),
    );
  await db
    .insert(schema.accountRoles)
    .values(people.map((p) => ({ accountId: p.accountId, role: 'patient' as const, organizationId: null })));
  await db.insert(schema.sessions).values(
    people.map((p) => ({
      tokenHash: createHash('sha256').update(p.token).digest('hex'),
      accountId: p.accountId,
      transport: 'bearer' as const,
      method: 'password',
      idleTimeoutSeconds: 30 * 60,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 12 * 3_600_000),
    })),
  );
  return people.map((p) => ({
    patientId: p.patientId,
    accountId: p.accountId,
    session: bearerSession(p.token),
  }));
}

/**
 * A logged-in child (born 2018-06-01) of `parent`, linked as their active ward: a parent's link ends at 18
 * (docs/domain.md rule 24). `now` as for `createPatients`.
 */
export async function createChildOf(t: TestApp, parent: TestPatient, now: Date): Promise<TestPatient> {
  const [child] = await createPatients(t, 1, { now, patient: { birthDate: '2018-06-01' } });
  await t.database.db.insert(schema.representativeLinks).values({
    representativePatientId: parent.patientId,
    wardPatientId: child!.patientId,
    relation: 'parent',
    status: 'active',
  });
  return child!;
}

/** A fresh bearer session for an existing account, live at `now` (after a test moved the clock). */
export async function newSession(t: TestApp, accountId: string, now: Date): Promise<Session> {
  const token = randomBytes(32).toString('base64url');
  await t.database.db.insert(schema.sessions).values({
    tokenHash: createHash('sha256').update(token).digest('hex'),
    accountId,
    transport: 'bearer',
    method: 'password',
    idleTimeoutSeconds: 30 * 60,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 12 * 3_600_000),
  });
  return bearerSession(token);
}

let keySequence = 0;
/** A new `Idempotency-Key`. */
export const newKey = () => `test-${Date.now()}-${++keySequence}-${randomBytes(4).toString('hex')}`;

/** `POST /api/v1/appointments` with a fresh (or the given) `Idempotency-Key`. */
export function book(t: TestApp, session: Session, body: Record<string, unknown>, key: string = newKey()) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/appointments',
    headers: { ...session.headers, 'idempotency-key': key },
    payload: body,
  });
}

/**
 * A staff member of a clinic with a live session, straight into the database (as `createStaffSession`
 * but without the login: the second factor is taken as done), so tests with a moved clock can use it. A
 * call-centre operator has no clinic (`organizationId` null) and serves `regionCode` (Moscow by default).
 */
export async function createStaff(
  t: TestApp,
  role: 'registrar' | 'doctor' | 'nurse' | 'clinic_admin' | 'call_centre',
  organizationId: string | null,
  options: { practitionerId?: string; now?: Date; regionCode?: string; phone?: string } = {},
): Promise<{ accountId: string; session: Session }> {
  const accountId = randomUUID();
  await t.database.db.insert(schema.accounts).values({
    id: accountId,
    displayName: `Сотрудник ${role}`,
    email: `${role}-${randomUUID()}@staff.test`,
    phone: options.phone ?? null,
    practitionerId: options.practitionerId ?? null,
    totpEnabledAt: new Date(),
  });
  await t.database.db.insert(schema.accountRoles).values({
    accountId,
    role,
    organizationId: role === 'call_centre' ? null : organizationId,
    regionCode: role === 'call_centre' ? (options.regionCode ?? '77') : null,
  });
  return { accountId, session: await newSession(t, accountId, options.now ?? new Date()) };
}
