import type { ConsentRepository } from '@talon/core/identity';
import type { DbExecutor } from '../../client';
import { consents } from '../../schema';

export function createConsentRepository(db: DbExecutor): ConsentRepository {
  return {
    async grant(consent) {
      const [row] = await db
        .insert(consents)
        .values({
          patientId: consent.patientId,
          accountId: consent.accountId,
          purpose: consent.purpose,
          textVersion: consent.textVersion,
          granteePatientId: consent.granteePatientId ?? null,
          grantedAt: consent.at,
          ip: consent.origin.ip,
          userAgent: consent.origin.userAgent?.slice(0, 500) ?? null,
        })
        .returning({ id: consents.id });
      return row!.id;
    },
  };
}
