import { randomUUID } from 'node:crypto';
import { loadConfig } from '@talon/config';
import { schema } from '@talon/db';
import {
  attachPatient,
  auditEntriesAbout,
  buildOrganization,
  buildRegisteredPatient,
  buildSlots,
  linkRepresentative,
  outboxRowsTo,
  setAccountContacts,
  setLinkCreatedAt,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  book,
  createPatients,
  createStaff,
  newSession,
  type TestPatient,
} from '../../testing/booking-helpers';
import { readCode, type Session, uniquePhone, uniqueSnils } from '../../testing/identity-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** Issue 15, item 1: representatives — pending links to known children, codes, registry checks, ages. */
const keys = loadConfig({ NODE_ENV: 'test' }).secrets;
const year = new Date().getUTCFullYear();
/** Born on 1 January `age` years ago: that age all year. */
const bornYearsAgo = (age: number) => `${year - age}-01-01`;
const russian = (iso: string) => iso.split('-').reverse().join('.');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ worker: true });
});
afterAll(() => t?.close());

const addWard = (session: Session, payload: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/me/wards', headers: session.headers, payload });
const card = (id: string, session: Session) =>
  t.app.inject({ url: `/api/v1/patients/${id}`, headers: session.headers });
const newParent = async () => (await createPatients(t, 1))[0] as TestPatient;

/** A person the clinic knows by SNILS (a child's file), optionally with their own account. */
async function knownPerson(options: {
  birthDate: string;
  phone?: string;
  surname?: string;
  withAccount?: boolean;
}) {
  const snils = uniqueSnils();
  const person = await buildRegisteredPatient(t.database.db, keys, {
    surname: options.surname ?? 'Котова',
    name: 'Вера',
    birthDate: options.birthDate,
    snils,
    ...(options.phone ? { phone: options.phone } : {}),
  });
  if (!options.withAccount) return { id: person.id, snils, accountId: null, session: null };
  const accountId = randomUUID();
  await t.database.db
    .insert(schema.accounts)
    .values({ id: accountId, displayName: 'Вера', patientId: person.id });
  await t.database.db
    .insert(schema.accountRoles)
    .values({ accountId, role: 'patient', organizationId: null });
  return { id: person.id, snils, accountId, session: await newSession(t, accountId, new Date()) };
}

const childForm = (birthDate: string, snils: string, extra: Record<string, unknown> = {}) => ({
  relation: 'parent',
  surname: 'котова',
  name: 'вера',
  birthDate: russian(birthDate),
  sex: 'female',
  snils,
  ...extra,
});

describe('a parent link to a child Talon knows (issue 15, item 1)', () => {
  it('starts pending; the code sent to the phone on the child’s file activates it, a wrong one counts', async () => {
    const childPhone = uniquePhone();
    const child = await knownPerson({ birthDate: bornYearsAgo(8), phone: childPhone });
    const parent = await newParent();
    const added = await addWard(parent.session, childForm(bornYearsAgo(8), child.snils));
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      status: 'pending',
      hasMedicalAccess: false,
      patient: { id: child.id },
      codeSentTo: `+7 *** ***-${childPhone.slice(-4, -2)}-${childPhone.slice(-2)}`,
    });
    expect((await card(child.id, parent.session)).statusCode).toBe(404);
    const confirm = (code: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/me/wards/${added.json().linkId}/confirm`,
        headers: parent.session.headers,
        payload: { code },
      });
    const code = await readCode(t, childPhone, /медкарте ребёнка/);
    const wrong = await confirm(code === '000000' ? '111111' : '000000');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().code).toBe('CODE_INVALID');
    const right = await confirm(code);
    expect(right.statusCode, right.body).toBe(200);
    expect(right.json()).toMatchObject({ status: 'active', hasMedicalAccess: true });
    expect((await card(child.id, parent.session)).json().accessBasis).toBe('representative');
    expect(await auditEntriesAbout(t.database.db, child.id)).toContainEqual(
      expect.objectContaining({
        action: 'representative.approve',
        details: { decision: 'approve', by: 'code' },
      }),
    );
  });

  it("is checked by the registry of the child's clinic, with the document shown; another clinic's registry cannot", async () => {
    const clinic = await buildOrganization(t.database.db);
    const child = await knownPerson({ birthDate: bornYearsAgo(5) });
    await attachPatient(t.database.db, child.id, { organizationId: clinic.id });
    const parent = await newParent();
    const added = await addWard(
      parent.session,
      childForm(bornYearsAgo(5), child.snils, { document: 'II-ма 654321' }),
    );
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ status: 'pending', codeSentTo: null });
    const linkId = added.json().linkId as string;
    const resend = await t.app.inject({
      method: 'POST',
      url: `/api/v1/me/wards/${linkId}/code`,
      headers: parent.session.headers,
    });
    expect(resend.statusCode).toBe(409);
    expect(resend.json().code).toBe('WARD_CODE_NOT_AVAILABLE');

    const stranger = await createStaff(t, 'registrar', (await buildOrganization(t.database.db)).id);
    const theirs = await t.app.inject({
      url: '/api/v1/registry/representative-links',
      headers: stranger.session.headers,
    });
    expect(theirs.json().items.map((l: { id: string }) => l.id)).not.toContain(linkId);
    const decide = (session: Session) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/registry/representative-links/${linkId}/decision`,
        headers: session.headers,
        payload: { decision: 'approve' },
      });
    expect((await decide(stranger.session)).statusCode).toBe(404);
    expect(await auditEntriesAbout(t.database.db, child.id)).toContainEqual(
      expect.objectContaining({ action: 'access.denied', actorAccountId: stranger.accountId }),
    );

    const registrar = await createStaff(t, 'registrar', clinic.id);
    const ours = await t.app.inject({
      url: '/api/v1/registry/representative-links',
      headers: registrar.session.headers,
    });
    expect(ours.json().items).toContainEqual({
      id: linkId,
      relation: 'parent',
      status: 'pending',
      representativePatientId: parent.patientId,
      wardPatientId: child.id,
      representative: expect.objectContaining({ surname: 'Тестова' }),
      ward: { surname: 'Котова', name: 'Вера', patronymic: 'Ивановна', birthDate: bornYearsAgo(5) },
      document: 'II-МА 654321',
      documentFileId: null,
      documentUrl: null,
      createdAt: expect.any(String),
    });
    const approved = await decide(registrar.session);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('active');
    expect((await card(child.id, parent.session)).json().accessBasis).toBe('representative');
  });

  it('answers "unknown SNILS" and "known SNILS with another surname or birth date" alike', async () => {
    const knownPhone = uniquePhone();
    const known = await knownPerson({ birthDate: bornYearsAgo(7), phone: knownPhone });
    const answer = async (payload: Record<string, unknown>) => {
      const res = await addWard((await newParent()).session, payload);
      const { linkId, patient, createdAt, ...rest } = res.json();
      const { id, ...person } = patient ?? {};
      return {
        status: res.statusCode,
        linkId: typeof linkId,
        id: typeof id,
        createdAt: typeof createdAt,
        person,
        rest,
      };
    };
    const form = {
      relation: 'parent',
      surname: 'Котова',
      name: 'Вера',
      sex: 'female',
      birthDate: russian(bornYearsAgo(6)),
    };
    const unknown = await answer({ ...form, snils: uniqueSnils() });
    const otherBirthDate = await answer({ ...form, snils: known.snils });
    const otherSurname = await answer({
      ...form,
      surname: 'Кошкина',
      birthDate: russian(bornYearsAgo(7)),
      snils: known.snils,
    });
    expect(unknown.status).toBe(201);
    expect(otherBirthDate).toEqual(unknown);
    expect(otherSurname).toEqual({
      ...unknown,
      person: { ...unknown.person, surname: 'Кошкина', birthDate: bornYearsAgo(7) },
    });
    // Nobody got the known child: no link to them, no code sent.
    expect(await outboxRowsTo(t.database.db, knownPhone)).toEqual([]);
  });

  it("tells the child's own account and the other representatives of a new link", async () => {
    const teen = await knownPerson({ birthDate: bornYearsAgo(16), withAccount: true });
    const teenPhone = uniquePhone();
    await setAccountContacts(t.database.db, teen.accountId!, { phone: teenPhone });
    const mother = await newParent();
    await setAccountContacts(t.database.db, mother.accountId, { phone: uniquePhone() });
    await linkRepresentative(t.database.db, {
      representativePatientId: mother.patientId,
      wardPatientId: teen.id,
    });
    const father = await newParent();
    const added = await addWard(father.session, childForm(bornYearsAgo(16), teen.snils));
    expect(added.statusCode, added.body).toBe(201);
    const toTeen = await outboxRowsTo(t.database.db, teen.accountId!);
    expect(toTeen.map((m) => [m.template, m.channel])).toEqual([['ward_link_added', 'in_app']]);
    expect((await outboxRowsTo(t.database.db, teenPhone)).map((m) => m.template).sort()).toEqual(
      ['ward_link_added', 'ward_link_code'].sort(),
    );
    const toMother = await outboxRowsTo(t.database.db, mother.accountId);
    expect(toMother.map((m) => [m.template, m.channel])).toEqual([['ward_link_added', 'in_app']]);
    expect(await outboxRowsTo(t.database.db, father.accountId)).toEqual([]);
  });

  it('limits new wards to 5 a day per account, counting the links stored in the database', async () => {
    const parent = await newParent();
    const earlier: string[] = [];
    // Links made by any server process count: they are rows, not an in-memory counter.
    for (const ward of await createPatients(t, 5)) {
      earlier.push(
        await linkRepresentative(t.database.db, {
          representativePatientId: parent.patientId,
          wardPatientId: ward.patientId,
        }),
      );
    }
    const form = {
      relation: 'parent',
      surname: 'Новая',
      name: 'Дочь',
      birthDate: '01.02.2020',
      sex: 'female',
      document: 'IV-МЮ 101010',
    };
    const refused = await addWard(parent.session, form);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('WARD_LINK_LIMIT');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(86_000);
    await setLinkCreatedAt(t.database.db, earlier[0]!, new Date(Date.now() - 25 * 3_600_000));
    expect((await addWard(parent.session, form)).statusCode).toBe(201);
    expect((await addWard(parent.session, form)).statusCode).toBe(429);
  });
});

describe('ages of a parent link (323-ФЗ art. 54, docs/domain.md rule 24)', () => {
  it('gives the parent of a 15–17-year-old booking only, unless the young person allows medical access', async () => {
    const db = t.database.db;
    const [teen] = (await createPatients(t, 1, { patient: { birthDate: bornYearsAgo(16) } })) as [
      TestPatient,
    ];
    const parent = await newParent();
    const linkId = await linkRepresentative(db, {
      representativePatientId: parent.patientId,
      wardPatientId: teen.patientId,
    });
    const [slot] = await buildSlots(db, { specialtyCode: 'ophthalmologist' });
    const booked = await book(t, parent.session, {
      slotId: slot!.id,
      patientId: teen.patientId,
      reason: 'Плохо вижу доску',
    });
    expect(booked.statusCode, booked.body).toBe(201);
    expect('reason' in booked.json()).toBe(false);
    const visit = () =>
      t.app.inject({ url: `/api/v1/appointments/${booked.json().id}`, headers: parent.session.headers });
    expect('reason' in (await visit()).json()).toBe(false);

    const mine = await t.app.inject({ url: '/api/v1/me/representatives', headers: teen.session.headers });
    expect(mine.json().items).toEqual([
      expect.objectContaining({ linkId, relation: 'parent', hasMedicalAccess: false, canDecide: true }),
    ]);
    const allow = (allowed: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/me/representatives/${linkId}/medical-access`,
        headers: teen.session.headers,
        payload: { allowed },
      });
    const allowed = await allow(true);
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(allowed.json()).toMatchObject({ hasMedicalAccess: true, canDecide: true });
    expect((await visit()).json().reason).toBe('Плохо вижу доску');
    const wards = await t.app.inject({ url: '/api/v1/me/wards', headers: parent.session.headers });
    expect(wards.json().items).toEqual([expect.objectContaining({ linkId, hasMedicalAccess: true })]);
    expect((await allow(false)).json().hasMedicalAccess).toBe(false);
    expect('reason' in (await visit()).json()).toBe(false);
    const consents = (await auditEntriesAbout(db, teen.patientId)).filter((e) => e.recordId === linkId);
    expect(consents.map((e) => e.action)).toEqual(['consent.grant', 'consent.revoke']);
  });

  it("leaves a child under 15 no say, and ends a parent's link at 18 by itself", async () => {
    const db = t.database.db;
    const [child] = (await createPatients(t, 1, { patient: { birthDate: bornYearsAgo(12) } })) as [
      TestPatient,
    ];
    const [grown] = (await createPatients(t, 1, { patient: { birthDate: bornYearsAgo(19) } })) as [
      TestPatient,
    ];
    const parent = await newParent();
    const childLink = await linkRepresentative(db, {
      representativePatientId: parent.patientId,
      wardPatientId: child.patientId,
    });
    const grownLink = await linkRepresentative(db, {
      representativePatientId: parent.patientId,
      wardPatientId: grown.patientId,
    });
    const tooYoung = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/me/representatives/${childLink}/medical-access`,
      headers: child.session.headers,
      payload: { allowed: false },
    });
    expect(tooYoung.statusCode).toBe(409);
    expect(tooYoung.json().code).toBe('MEDICAL_ACCESS_NOT_DECIDABLE');
    expect((await card(child.patientId, parent.session)).json().accessBasis).toBe('representative');

    expect((await card(grown.patientId, parent.session)).statusCode).toBe(404);
    const wards = await t.app.inject({ url: '/api/v1/me/wards', headers: parent.session.headers });
    expect(wards.json().items).toContainEqual(
      expect.objectContaining({ linkId: grownLink, status: 'ended' }),
    );
    const [slot] = await buildSlots(db, { specialtyCode: 'ophthalmologist' });
    const refused = await book(t, parent.session, { slotId: slot!.id, patientId: grown.patientId });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('CONSENT_REQUIRED');
  });
});
