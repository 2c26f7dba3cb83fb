import { loadConfig } from '@talon/config';
import {
  ageStoredFiles,
  attachPatient,
  auditEntriesAbout,
  buildOrganization,
  buildRegisteredPatient,
  storedFileIds,
  storedFileRow,
} from '@talon/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPatients, createStaff, type TestPatient } from '../../testing/booking-helpers';
import { type Session, uniqueSnils } from '../../testing/identity-helpers';
import { createStaffSession } from '../../testing/staff-helpers';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { JPEG, uploadFile } from '../../testing/upload-helpers';

/**
 * Issue 15, item 1: the scan a representative uploads is attached to the new link and shown to the staff
 * who decide it (the registry of the ward's clinic; a system admin for a ward with no clinic), audited.
 */
const keys = loadConfig({ NODE_ENV: 'test' }).secrets;
const birthDate = `${new Date().getUTCFullYear() - 6}-01-01`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ worker: true });
});
afterAll(() => t?.close());

const newParent = async () => (await createPatients(t, 1))[0] as TestPatient;
const uploadScan = async (session: Session) => {
  const res = await uploadFile(t, session.headers, 'свидетельство.jpg', JPEG, { type: 'image/jpeg' });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const readScan = (url: string, session: Session) => t.app.inject({ url, headers: session.headers });

/** A child the clinic knows by SNILS, attached to `organizationId` (or to no clinic). */
async function knownChild(organizationId: string | null) {
  const snils = uniqueSnils();
  const child = await buildRegisteredPatient(t.database.db, keys, {
    surname: 'Котова',
    name: 'Вера',
    birthDate,
    snils,
  });
  if (organizationId) await attachPatient(t.database.db, child.id, { organizationId });
  return { id: child.id, snils };
}

const addWard = (session: Session, snils: string, documentFileId: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/me/wards',
    headers: session.headers,
    payload: {
      relation: 'parent',
      surname: 'Котова',
      name: 'Вера',
      birthDate: birthDate.split('-').reverse().join('.'),
      sex: 'female',
      snils,
      document: 'II-МА 654321',
      documentFileId,
    },
  });

/** The registry's pending link of the ward, with its `documentUrl`. */
async function pendingLink(session: Session, linkId: string) {
  const res = await t.app.inject({ url: '/api/v1/registry/representative-links', headers: session.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.find((link: { id: string }) => link.id === linkId);
}

describe('the scan of a representative link (issue 15, item 1)', () => {
  it("is read by the registrar of the ward's clinic through documentUrl, audited; another clinic's gets 404", async () => {
    const clinic = await buildOrganization(t.database.db);
    const child = await knownChild(clinic.id);
    const parent = await newParent();
    const scan = await uploadScan(parent.session);
    const added = await addWard(parent.session, child.snils, scan);
    expect(added.statusCode, added.body).toBe(201);
    const linkId = added.json().linkId as string;
    expect(await storedFileRow(t.database.db, scan)).toMatchObject({
      attachedToType: 'representative_link',
      attachedToId: linkId,
    });

    const registrar = await createStaff(t, 'registrar', clinic.id);
    const link = await pendingLink(registrar.session, linkId);
    expect(link).toMatchObject({ documentFileId: scan, documentUrl: `/api/v1/uploads/${scan}` });
    const read = await readScan(link.documentUrl, registrar.session);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.headers['content-type']).toBe('image/jpeg');
    expect(read.rawPayload.equals(JPEG)).toBe(true);
    expect(await auditEntriesAbout(t.database.db, child.id)).toContainEqual(
      expect.objectContaining({
        action: 'record.read',
        actorAccountId: registrar.accountId,
        recordType: 'representative_link_file',
        recordId: scan,
        outcome: 'success',
      }),
    );

    const stranger = await createStaff(t, 'registrar', (await buildOrganization(t.database.db)).id);
    const refused = await readScan(link.documentUrl, stranger.session);
    expect(refused.statusCode).toBe(404);
    expect(refused.json().code).toBe('UPLOAD_NOT_FOUND');
    expect(await auditEntriesAbout(t.database.db, child.id)).toContainEqual(
      expect.objectContaining({
        action: 'access.denied',
        actorAccountId: stranger.accountId,
        recordId: scan,
        outcome: 'denied',
      }),
    );
    // The parent still reads their own upload, unaudited as a staff read.
    expect((await readScan(link.documentUrl, parent.session)).statusCode).toBe(200);
  });

  it('is read by a system admin when the ward has no clinic, and not by a registrar', async () => {
    const child = await knownChild(null);
    const parent = await newParent();
    const scan = await uploadScan(parent.session);
    const added = await addWard(parent.session, child.snils, scan);
    expect(added.statusCode, added.body).toBe(201);
    const admin = await createStaffSession(t, 'system_admin');
    const link = await pendingLink(admin, added.json().linkId);
    expect((await readScan(link.documentUrl, admin)).statusCode).toBe(200);
    const registrar = await createStaff(t, 'registrar', (await buildOrganization(t.database.db)).id);
    expect((await readScan(link.documentUrl, registrar.session)).statusCode).toBe(404);
  });

  it("refuses another patient's upload, a missing one and one already attached: 400 on body.documentFileId", async () => {
    const clinic = await buildOrganization(t.database.db);
    const parent = await newParent();
    const other = await newParent();
    const othersScan = await uploadScan(other.session);
    const ownScan = await uploadScan(parent.session);
    const first = await knownChild(clinic.id);
    expect((await addWard(parent.session, first.snils, ownScan)).statusCode).toBe(201);
    const child = await knownChild(clinic.id);
    for (const id of [othersScan, ownScan, '00000000-0000-4000-8000-000000000000']) {
      const res = await addWard(parent.session, child.snils, id);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({
        code: 'WARD_DOCUMENT_FILE_INVALID',
        detail: expect.stringMatching(/Скан документа/),
        errors: [expect.objectContaining({ field: 'body.documentFileId' })],
      });
    }
    // Nothing of the refused request stays: no link, and the other patient's file is still theirs, unattached.
    expect(await storedFileRow(t.database.db, othersScan)).toMatchObject({ attachedToId: null });
    expect((await addWard(parent.session, child.snils, await uploadScan(parent.session))).statusCode).toBe(
      201,
    );
  });

  it('is no longer purged after 24 hours: it is attached', async () => {
    const parent = await newParent();
    const child = await knownChild((await buildOrganization(t.database.db)).id);
    const scan = await uploadScan(parent.session);
    expect((await addWard(parent.session, child.snils, scan)).statusCode).toBe(201);
    await ageStoredFiles(t.database.db, [scan], 25);
    await t.worker!.purgeUploads();
    expect(await storedFileIds(t.database.db)).toContain(scan);
  });
});
