import {
  type AccreditationToRemind,
  QualificationsErrorCode,
  type QualificationsRepository,
  type QualificationView,
} from '@talon/core/qualifications';
import { DomainError } from '@talon/core/shared';
import { asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { accounts, qualificationChanges, qualifications, specialties } from '../../schema';
import { fullNameSql, queryRows, uuidList } from '../../sql';

const DEFAULT_ZONE = 'Europe/Moscow';

/** The exclusion constraint `qualifications_no_overlap` (migration 0026) refused the period. */
const isOverlap = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string } };
  return (e.code ?? e.cause?.code) === '23P01';
};

const refuseOverlap = async <T>(write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (isOverlap(error)) {
      throw new DomainError(QualificationsErrorCode.QUALIFICATION_PERIOD_OVERLAP, {
        field: 'body.validUntil',
      });
    }
    throw error;
  }
};

/** The zone of the practitioner's first active clinic, as a scalar subquery over the practitioner id. */
const zoneOf = (practitionerId: SQL) => sql`coalesce((
    select o.time_zone from practitioner_roles r join organizations o on o.id = r.organization_id
     where r.practitioner_id = ${practitionerId} and r.is_active
     order by r.created_at, r.id limit 1), ${DEFAULT_ZONE})`;

/** A later accreditation of the same practitioner and specialty follows `q`: no reminder, nothing expiring. */
const NOT_SUPERSEDED = sql`not exists (
    select 1 from qualifications n
     where n.practitioner_id = q.practitioner_id and n.type = q.type and n.specialty_code = q.specialty_code
       and n.issued_on > q.valid_until)`;

interface RemindRow {
  id: string;
  valid_until: string;
  specialty_name: string;
  time_zone: string;
  account_id: string;
  phone: string | null;
  sms: boolean;
  push: boolean;
  in_app: boolean;
}

interface ExpiringRow {
  id: string;
  practitioner_id: string;
  practitioner_name: string;
  organization_id: string;
  organization_name: string;
  time_zone: string;
  type: QualificationView['type'];
  number: string;
  specialty_code: string;
  specialty_name: string;
  valid_until: string;
  status: QualificationView['status'];
}

/** The columns a document's form sets, on create and on edit alike; `at` is when it last changed. */
const documentColumns = (input: Parameters<QualificationsRepository['update']>[1]) => ({
  type: input.type,
  number: input.number,
  issuedOn: input.issuedOn,
  validUntil: input.validUntil,
  specialtyCode: input.specialtyCode,
  status: input.status,
  scanUploadId: input.scanUploadId,
  updatedAt: input.at,
});

/** Practitioners' qualification documents and their change journal (issue 12 item 7). */
export function createQualificationsRepository(db: DbExecutor): QualificationsRepository {
  const select = (where: SQL | undefined) =>
    db
      .select({
        id: qualifications.id,
        practitionerId: qualifications.practitionerId,
        type: qualifications.type,
        number: qualifications.number,
        issuedOn: qualifications.issuedOn,
        validUntil: qualifications.validUntil,
        specialtyCode: qualifications.specialtyCode,
        specialtyName: specialties.name,
        status: qualifications.status,
        scanUploadId: qualifications.scanUploadId,
        createdAt: qualifications.createdAt,
        updatedAt: qualifications.updatedAt,
      })
      .from(qualifications)
      .innerJoin(specialties, eq(specialties.code, qualifications.specialtyCode))
      .where(where)
      .orderBy(asc(qualifications.type), desc(qualifications.issuedOn), asc(qualifications.id));

  return {
    listOwn: (practitionerId) => select(eq(qualifications.practitionerId, practitionerId)),

    async find(id) {
      return (await select(eq(qualifications.id, id)))[0] ?? null;
    },

    async timeZoneOf(practitionerId) {
      const [row] = await queryRows<{ zone: string }>(
        db,
        sql`select ${zoneOf(sql`${practitionerId}::uuid`)} as zone`,
      );
      return row?.zone ?? DEFAULT_ZONE;
    },

    async specialtyName(code) {
      const [row] = await db
        .select({ name: specialties.name })
        .from(specialties)
        .where(eq(specialties.code, code));
      return row?.name ?? null;
    },

    async create(input) {
      const [row] = await refuseOverlap(() =>
        db
          .insert(qualifications)
          .values({ ...documentColumns(input), practitionerId: input.practitionerId, createdAt: input.at })
          .returning({ id: qualifications.id }),
      );
      return row!.id;
    },

    async update(id, input) {
      await refuseOverlap(() =>
        db.update(qualifications).set(documentColumns(input)).where(eq(qualifications.id, id)),
      );
    },

    async recordChange(change) {
      await db.insert(qualificationChanges).values({
        qualificationId: change.qualificationId,
        changedByAccountId: change.accountId,
        changedAt: change.at,
        before: change.before,
        after: change.after,
        createdAt: change.at,
        updatedAt: change.at,
      });
    },

    listChanges: (practitionerId) =>
      db
        .select({
          id: qualificationChanges.id,
          qualificationId: qualificationChanges.qualificationId,
          changedByAccountId: qualificationChanges.changedByAccountId,
          changedByName: accounts.displayName,
          changedAt: qualificationChanges.changedAt,
          before: qualificationChanges.before,
          after: sql<Record<string, unknown>>`${qualificationChanges.after}`,
        })
        .from(qualificationChanges)
        .innerJoin(qualifications, eq(qualifications.id, qualificationChanges.qualificationId))
        .leftJoin(accounts, eq(accounts.id, qualificationChanges.changedByAccountId))
        .where(eq(qualifications.practitionerId, practitionerId))
        .orderBy(desc(qualificationChanges.changedAt), desc(qualificationChanges.id)),

    async toRemind(from, to, id) {
      const rows = await queryRows<RemindRow>(
        db,
        sql`select q.id, q.valid_until::text as valid_until, s.name as specialty_name,
                   ${zoneOf(sql`q.practitioner_id`)} as time_zone, a.id as account_id, a.phone,
                   coalesce(np.is_sms_enabled, true) as sms, coalesce(np.is_push_enabled, true) as push,
                   coalesce(np.is_in_app_enabled, true) as in_app
              from qualifications q
              join specialties s on s.code = q.specialty_code
              join accounts a on a.practitioner_id = q.practitioner_id and a.status = 'active'
              left join notification_preferences np on np.account_id = a.id
             where q.type = 'accreditation' and q.valid_until between ${from}::date and ${to}::date
               ${id ? sql`and q.id = ${id}::uuid` : sql``}
               and ${NOT_SUPERSEDED}
             order by q.valid_until, q.id`,
      );
      return rows.map(
        (r): AccreditationToRemind => ({
          id: r.id,
          validUntil: r.valid_until,
          specialtyName: r.specialty_name,
          timeZone: r.time_zone,
          accountId: r.account_id,
          phone: r.phone,
          channels: { sms: r.sms, push: r.push, in_app: r.in_app },
        }),
      );
    },

    async expiring(organizationIds, from, to) {
      if (organizationIds?.length === 0) return [];
      const rows = await queryRows<ExpiringRow>(
        db,
        sql`select distinct on (q.valid_until, q.id, o.id)
                   q.id, q.practitioner_id, ${fullNameSql('p')} as practitioner_name, o.id as organization_id,
                   o.name as organization_name, o.time_zone, q.type, q.number, q.specialty_code,
                   s.name as specialty_name, q.valid_until::text as valid_until, q.status
              from qualifications q
              join practitioners p on p.id = q.practitioner_id
              join practitioner_roles r on r.practitioner_id = q.practitioner_id and r.is_active
              join organizations o on o.id = r.organization_id
              join specialties s on s.code = q.specialty_code
             where q.type = 'accreditation' and q.valid_until between ${from}::date and ${to}::date
               ${organizationIds ? sql`and o.id in (${uuidList(organizationIds)})` : sql``}
               and ${NOT_SUPERSEDED}
             order by q.valid_until, q.id, o.id`,
      );
      return rows.map((r) => ({
        id: r.id,
        practitioner: { id: r.practitioner_id, name: r.practitioner_name },
        organization: { id: r.organization_id, name: r.organization_name },
        timeZone: r.time_zone,
        type: r.type,
        number: r.number,
        specialtyCode: r.specialty_code,
        specialtyName: r.specialty_name,
        validUntil: r.valid_until,
        status: r.status,
      }));
    },
  };
}
