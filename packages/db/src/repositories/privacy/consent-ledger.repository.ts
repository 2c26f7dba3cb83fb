import type { ConsentLedger, ConsentRecord } from '@talon/core/privacy';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import { consents, organizations } from '../../schema';

const columns = {
  id: consents.id,
  patientId: consents.patientId,
  purpose: consents.purpose,
  textVersion: consents.textVersion,
  organizationId: consents.organizationId,
  organizationName: organizations.name,
  grantedAt: consents.grantedAt,
  revokedAt: consents.revokedAt,
};

/** A patient's consents (docs/domain.md rule 19), always looked up together with the patient they belong to. */
export function createConsentLedger(db: DbExecutor): ConsentLedger {
  const select = () =>
    db.select(columns).from(consents).leftJoin(organizations, eq(organizations.id, consents.organizationId));
  return {
    async listForPatient(patientId): Promise<ConsentRecord[]> {
      return select()
        .where(eq(consents.patientId, patientId))
        .orderBy(desc(consents.grantedAt), desc(consents.id));
    },
    async findForPatient(patientId, consentId) {
      const [row] = await select().where(and(eq(consents.id, consentId), eq(consents.patientId, patientId)));
      return row ?? null;
    },
    async revoke(consentId, at) {
      const rows = await db
        .update(consents)
        .set({ revokedAt: at })
        .where(and(eq(consents.id, consentId), isNull(consents.revokedAt)))
        .returning({ id: consents.id });
      return rows.length === 1;
    },
  };
}
