import { normalizeForSearch } from '@talon/core/identifiers';
import type { ClinicOverview, ClinicOverviewRepository } from '@talon/core/staff-accounts';
import { GRANTABLE_STAFF_ROLES } from '@talon/core/staff-accounts';
import { type SQL, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { instant, queryRows, textArray, uuidList } from '../../sql';
import { containsPattern, searchWords } from '../like-pattern';

interface ClinicRow {
  id: string;
  name: string;
  short_name: string;
  region_code: string;
  region_name: string;
  address: string;
  time_zone: string;
  practitioners: number | string;
  staff_active: number | string;
  staff_blocked: number | string;
  staff_invited: number | string;
  attached_patients: number | string;
  appointments_today: number | string;
}

/** Visits that still take place (or took place): cancelled and moved ones are not today's work. */
const LIVE_VISITS = textArray(['booked', 'confirmed', 'arrived', 'fulfilled', 'noshow']);

/**
 * «Клиники»: each count is a subquery per clinic on an index led by the clinic — practitioner_roles
 * (organization_id, …), account_roles (organization_id, role), staff_invitations (organization_id, …),
 * patients (attached_organization_id), appointments (organization_id, starts_at) — so a page of clinics
 * costs a few index probes each, not a scan of the visits.
 */
export function createClinicOverviewRepository(db: DbExecutor): ClinicOverviewRepository {
  return {
    async list(filter, now) {
      const orgs = filter.organizationIds;
      if (orgs && !orgs.length) return [];
      const conditions: SQL[] = [
        orgs ? sql`o.id in (${uuidList(orgs)})` : sql`true`,
        filter.region ? sql`o.region_code = ${filter.region}` : sql`true`,
        // Every word somewhere in the name, short name, address (search_text) or the region's name.
        ...(filter.query ? searchWords(normalizeForSearch(filter.query)) : []).map(
          (word) =>
            sql`(o.search_text like ${containsPattern(word)} or lower(replace(r.name, 'ё', 'е')) like ${containsPattern(word)})`,
        ),
      ];
      const at = instant(now);
      const rows = await queryRows<ClinicRow>(
        db,
        sql`select o.id, o.name, o.short_name, o.region_code, r.name as region_name, o.address, o.time_zone,
                   (select count(distinct pr.practitioner_id) from practitioner_roles pr
                     where pr.organization_id = o.id and pr.is_active) as practitioners,
                   (select count(*) filter (where a.status <> 'blocked') from accounts a
                     where a.id in (select ar.account_id from account_roles ar
                                     where ar.organization_id = o.id and ar.role = any(${textArray(GRANTABLE_STAFF_ROLES)}))
                   ) as staff_active,
                   (select count(*) filter (where a.status = 'blocked') from accounts a
                     where a.id in (select ar.account_id from account_roles ar
                                     where ar.organization_id = o.id and ar.role = any(${textArray(GRANTABLE_STAFF_ROLES)}))
                   ) as staff_blocked,
                   (select count(*) from staff_invitations i
                     where i.organization_id = o.id and i.accepted_at is null and i.replaced_at is null
                       and i.expires_at > ${at}) as staff_invited,
                   (select count(*) from patients p where p.attached_organization_id = o.id) as attached_patients,
                   (select count(*) from appointments ap
                     where ap.organization_id = o.id and ap.status = any(${LIVE_VISITS})
                       and ap.starts_at >= (date_trunc('day', ${at} at time zone o.time_zone) at time zone o.time_zone)
                       and ap.starts_at < ((date_trunc('day', ${at} at time zone o.time_zone) + interval '1 day') at time zone o.time_zone)
                   ) as appointments_today
              from organizations o join regions r on r.code = o.region_code
             where ${sql.join(conditions, sql` and `)}
             order by r.name, o.name, o.id
             limit ${filter.limit}`,
      );
      return rows.map(
        (row): ClinicOverview => ({
          id: row.id,
          name: row.name,
          shortName: row.short_name,
          region: { code: row.region_code, name: row.region_name },
          address: row.address,
          timeZone: row.time_zone,
          practitioners: Number(row.practitioners),
          staff: {
            active: Number(row.staff_active),
            blocked: Number(row.staff_blocked),
            invited: Number(row.staff_invited),
          },
          attachedPatients: Number(row.attached_patients),
          appointmentsToday: Number(row.appointments_today),
        }),
      );
    },
  };
}
