import { type Database, schema } from '@talon/db';
import { and, eq } from 'drizzle-orm';

/** The ids of a practitioner's roles (practitioner × clinic × specialty). */
export async function practitionerRoleIds(db: Database, practitionerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: schema.practitionerRoles.id })
    .from(schema.practitionerRoles)
    .where(eq(schema.practitionerRoles.practitionerId, practitionerId));
  return rows.map((row) => row.id);
}

/** A practitioner leaves (or rejoins) a clinic: their roles there become inactive (or active). */
export async function setPractitionerRolesActive(
  db: Database,
  practitionerId: string,
  organizationId: string,
  isActive: boolean,
) {
  await db
    .update(schema.practitionerRoles)
    .set({ isActive })
    .where(
      and(
        eq(schema.practitionerRoles.practitionerId, practitionerId),
        eq(schema.practitionerRoles.organizationId, organizationId),
      ),
    );
}

/** A representative link straight into the database, as an approved one would be. */
export async function linkRepresentative(
  db: Database,
  link: {
    representativePatientId: string;
    wardPatientId: string;
    relation?: 'parent' | 'guardian';
    status?: 'pending' | 'active';
    medicalAccessAllowedAt?: Date | null;
  },
): Promise<string> {
  const [row] = await db
    .insert(schema.representativeLinks)
    .values({
      representativePatientId: link.representativePatientId,
      wardPatientId: link.wardPatientId,
      relation: link.relation ?? 'parent',
      status: link.status ?? 'active',
      medicalAccessAllowedAt: link.medicalAccessAllowedAt ?? null,
    })
    .returning({ id: schema.representativeLinks.id });
  return row!.id;
}

/** The stored row of a representative link. */
export async function representativeLinkRow(db: Database, linkId: string) {
  const [row] = await db
    .select()
    .from(schema.representativeLinks)
    .where(eq(schema.representativeLinks.id, linkId));
  return row ?? null;
}

/** Moves a link's creation back in time (the daily limit counts the last 24 hours). */
export async function setLinkCreatedAt(db: Database, linkId: string, createdAt: Date) {
  await db
    .update(schema.representativeLinks)
    .set({ createdAt })
    .where(eq(schema.representativeLinks.id, linkId));
}

/** An adult's consent (given by a code) to be booked by another patient. */
export async function grantBookingConsent(db: Database, patientId: string, granteePatientId: string) {
  await db.insert(schema.consents).values({
    patientId,
    purpose: 'booking_on_behalf',
    textVersion: 'sms-code',
    granteePatientId,
  });
}

/** The practitioner takes a role (specialty) at another clinic too. */
export async function addPractitionerRole(
  db: Database,
  practitionerId: string,
  organizationId: string,
  specialtyCode = 'therapist',
): Promise<string> {
  const [row] = await db
    .insert(schema.practitionerRoles)
    .values({ practitionerId, organizationId, specialtyCode })
    .returning({ id: schema.practitionerRoles.id });
  return row!.id;
}
