import type { Principal } from '../identity';
import { addDays, DomainError, localDate } from '../shared';
import { daysLeft } from './accreditation-reminders';
import { normalizeQualificationNumber, validityRequired } from './qualification-number';
import { moveQualificationStatus } from './qualification-status';
import { QualificationsErrorCode } from './qualifications.errors';
import type { QualificationsDeps, QualificationsRepos } from './qualifications.ports';
import type {
  QualificationChangeView,
  QualificationFields,
  QualificationStatus,
  QualificationView,
} from './qualifications.types';
import { planAccreditationReminders } from './sweep-accreditation-reminders';

export type QualificationInput = QualificationFields & { status?: QualificationStatus };
export type QualificationWithDays = QualificationView & { daysLeft: number | null };

const ownPractitioner = (principal: Principal): string => {
  if (!principal.practitionerId) throw new DomainError(QualificationsErrorCode.QUALIFICATION_NOT_FOUND);
  return principal.practitionerId;
};

/** The input's rules: the number's format per type, a validity after the issue, required where it expires. */
function checkFields(input: QualificationFields): QualificationFields {
  const number = normalizeQualificationNumber(input.type, input.number);
  if (!number) {
    throw new DomainError(QualificationsErrorCode.QUALIFICATION_NUMBER_INVALID, {
      field: 'body.number',
      params: { type: input.type },
    });
  }
  if (input.validUntil === null ? validityRequired(input.type) : input.validUntil <= input.issuedOn) {
    throw new DomainError(QualificationsErrorCode.QUALIFICATION_PERIOD_INVALID, { field: 'body.validUntil' });
  }
  return { ...input, number };
}

/** The journal's picture of a document: its fields, never the scan's bytes. */
const snapshot = (q: QualificationFields & { status: QualificationStatus }): Record<string, unknown> => ({
  type: q.type,
  number: q.number,
  issuedOn: q.issuedOn,
  validUntil: q.validUntil,
  specialtyCode: q.specialtyCode,
  status: q.status,
  scanUploadId: q.scanUploadId,
});

async function checkReferences(
  repos: QualificationsRepos,
  principal: Principal,
  fields: QualificationFields,
  id: string,
  currentScan: string | null,
  at: Date,
) {
  if (!(await repos.qualifications.specialtyName(fields.specialtyCode))) {
    throw new DomainError(QualificationsErrorCode.QUALIFICATION_SPECIALTY_UNKNOWN, {
      field: 'body.specialtyCode',
    });
  }
  if (fields.scanUploadId && fields.scanUploadId !== currentScan) {
    const attached = await repos.storedFiles.attach({
      id: fields.scanUploadId,
      ownerAccountId: principal.accountId,
      type: 'qualification',
      attachedToId: id,
      at,
    });
    if (!attached) {
      throw new DomainError(QualificationsErrorCode.QUALIFICATION_SCAN_INVALID, {
        field: 'body.scanUploadId',
      });
    }
  }
}

/** Plans at once the reminder an accreditation is already due (entered, or its date moved, near its end). */
async function remindNow(repos: QualificationsRepos, id: string, at: Date) {
  const window = { from: addDays(localDate(at, 'UTC'), -1), to: addDays(localDate(at, 'UTC'), 31) };
  await planAccreditationReminders(
    repos,
    await repos.qualifications.toRemind(window.from, window.to, id),
    at,
  );
}

/** The caller's own documents with the days left of each (in their clinic's zone; null: no end). */
export async function listOwnQualifications(
  deps: QualificationsDeps,
  principal: Principal,
): Promise<QualificationWithDays[]> {
  const practitionerId = ownPractitioner(principal);
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const zone = await repos.qualifications.timeZoneOf(practitionerId);
    return (await repos.qualifications.listOwn(practitionerId)).map((q) => ({
      ...q,
      daysLeft: q.validUntil ? daysLeft(q.validUntil, now, zone) : null,
    }));
  });
}

/** A new document of the caller's, «в работе» unless said otherwise; journaled; its due reminder planned. */
export async function createQualification(
  deps: QualificationsDeps,
  principal: Principal,
  input: QualificationInput,
): Promise<QualificationView> {
  const practitionerId = ownPractitioner(principal);
  const fields = checkFields(input);
  const status = input.status ?? 'in_work';
  const at = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const id = await repos.qualifications.create({
      ...fields,
      scanUploadId: null,
      practitionerId,
      status,
      at,
    });
    await checkReferences(repos, principal, fields, id, null, at);
    if (fields.scanUploadId) await repos.qualifications.update(id, { ...fields, status, at });
    const created = (await repos.qualifications.find(id))!;
    await repos.qualifications.recordChange({
      qualificationId: id,
      accountId: principal.accountId,
      at,
      before: null,
      after: snapshot(created),
    });
    await remindNow(repos, id, at);
    return created;
  });
}

/** Changes one of the caller's documents (another's is not found); the status moves one step at most. */
export async function updateQualification(
  deps: QualificationsDeps,
  principal: Principal,
  input: QualificationInput & { id: string },
): Promise<QualificationView> {
  const practitionerId = ownPractitioner(principal);
  const fields = checkFields(input);
  const at = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const current = await repos.qualifications.find(input.id);
    if (current?.practitionerId !== practitionerId) {
      throw new DomainError(QualificationsErrorCode.QUALIFICATION_NOT_FOUND);
    }
    const status = moveQualificationStatus(current.status, input.status ?? current.status);
    await checkReferences(repos, principal, fields, current.id, current.scanUploadId, at);
    await repos.qualifications.update(current.id, { ...fields, status, at });
    const updated = (await repos.qualifications.find(current.id))!;
    const [before, after] = [snapshot(current), snapshot(updated)];
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      await repos.qualifications.recordChange({
        qualificationId: current.id,
        accountId: principal.accountId,
        at,
        before,
        after,
      });
    }
    await remindNow(repos, current.id, at);
    return updated;
  });
}

/** The change journal of the caller's documents, newest first. */
export async function listQualificationChanges(
  deps: QualificationsDeps,
  principal: Principal,
): Promise<QualificationChangeView[]> {
  const practitionerId = ownPractitioner(principal);
  return deps.store.transaction((repos) => repos.qualifications.listChanges(practitionerId));
}
