import type { AbsenceRequestsRepository, AbsenceRequestView } from '@talon/core/practice';
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { absenceRequests, organizations, practitionerRoles, practitioners } from '../../schema';
import { fullNameOf } from '../../sql';

/** The practitioner's absence requests (issue 12 item 2) with the role's practitioner and clinic. */
export function createAbsenceRequestsRepository(db: DbExecutor): AbsenceRequestsRepository {
  const select = (where: SQL | undefined) =>
    db
      .select({
        id: absenceRequests.id,
        practitionerRoleId: absenceRequests.practitionerRoleId,
        practitioner: { id: practitioners.id, name: fullNameOf(practitioners) },
        organization: { id: organizations.id, name: organizations.name, timeZone: organizations.timeZone },
        kind: absenceRequests.kind,
        from: absenceRequests.startsOn,
        to: absenceRequests.endsOn,
        comment: absenceRequests.comment,
        status: absenceRequests.status,
        createdAt: absenceRequests.createdAt,
        decidedAt: absenceRequests.decidedAt,
        decisionComment: absenceRequests.decisionComment,
      })
      .from(absenceRequests)
      .innerJoin(practitionerRoles, eq(practitionerRoles.id, absenceRequests.practitionerRoleId))
      .innerJoin(practitioners, eq(practitioners.id, practitionerRoles.practitionerId))
      .innerJoin(organizations, eq(organizations.id, practitionerRoles.organizationId))
      .where(where)
      .orderBy(desc(absenceRequests.createdAt), asc(absenceRequests.id));

  const one = async (id: string): Promise<AbsenceRequestView | null> =>
    (await select(eq(absenceRequests.id, id)))[0] ?? null;

  return {
    async activeRoles(scope) {
      return db
        .select({ id: practitionerRoles.id, organizationId: practitionerRoles.organizationId })
        .from(practitionerRoles)
        .where(
          and(
            eq(practitionerRoles.practitionerId, scope.practitionerId),
            inArray(practitionerRoles.organizationId, [...scope.organizationIds]),
            eq(practitionerRoles.isActive, true),
          ),
        )
        .orderBy(asc(practitionerRoles.createdAt), asc(practitionerRoles.id));
    },

    async create(request) {
      const [row] = await db
        .insert(absenceRequests)
        .values({
          practitionerRoleId: request.practitionerRoleId,
          requestedByAccountId: request.requestedByAccountId,
          kind: request.kind,
          startsOn: request.from,
          endsOn: request.to,
          comment: request.comment,
          createdAt: request.at,
          updatedAt: request.at,
        })
        .returning({ id: absenceRequests.id });
      return (await one(row!.id))!;
    },

    find: one,

    listOwn: (practitionerId) => select(eq(practitionerRoles.practitionerId, practitionerId)),

    listForClinics: (organizationIds, status) =>
      select(
        and(
          organizationIds ? inArray(practitionerRoles.organizationId, [...organizationIds]) : undefined,
          status ? eq(absenceRequests.status, status) : undefined,
        ),
      ),

    async decide(id, decision) {
      const changed = await db
        .update(absenceRequests)
        .set({
          status: decision.status,
          decidedByAccountId: decision.byAccountId,
          decidedAt: decision.at,
          decisionComment: decision.comment,
          updatedAt: decision.at,
        })
        .where(and(eq(absenceRequests.id, id), eq(absenceRequests.status, 'submitted')))
        .returning({ id: absenceRequests.id });
      return changed.length === 1;
    },
  };
}
