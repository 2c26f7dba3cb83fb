import { type BookingDeps, cancelAppointment, confirmAppointment } from '@talon/core/booking';
import type { Principal } from '@talon/core/identity';
import {
  deriveAppointmentLinkKey,
  type NotificationsDeps,
  NotificationsErrorCode,
} from '@talon/core/notifications';
import { DomainError } from '@talon/core/shared';
import { createAppointmentLinksRepository, createPreferencesRepository } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/**
 * Preferences and the signed links of reminder emails (issue 5, items 2 and 4). A link's confirm and cancel
 * are booking's own use cases, run as the account the link was mailed to.
 */
export function notificationsDeps(infra: Infrastructure, booking: BookingDeps): NotificationsDeps {
  const links = createAppointmentLinksRepository(infra.db);
  /**
   * The link acts as the account it was mailed to, as a patient: the access policy and the booking rules
   * decide exactly as if that person had logged in. A blocked or deleted account's links do nothing.
   */
  const actAs = async (accountId: string): Promise<Principal> => {
    const facts = await links.accountFacts(accountId);
    if (!facts?.isActive) throw new DomainError(NotificationsErrorCode.APPOINTMENT_LINK_INVALID);
    return {
      accountId,
      sessionId: 'appointment-link',
      transport: 'bearer',
      stage: 'full',
      displayName: '',
      patientId: facts.patientId,
      practitionerId: null,
      roles: [{ role: 'patient', organizationId: null }],
      csrfToken: null,
    };
  };
  return {
    preferences: createPreferencesRepository(infra.db),
    links,
    clock: infra.clock,
    key: deriveAppointmentLinkKey(infra.config.secrets.lookupKey),
    previousKey: infra.config.secrets.previousLookupKey
      ? deriveAppointmentLinkKey(infra.config.secrets.previousLookupKey)
      : null,
    actions: {
      confirm: async (accountId, appointmentId, origin) => {
        await confirmAppointment(booking, await actAs(accountId), { appointmentId, origin });
      },
      cancel: async (accountId, appointmentId, reason, origin) => {
        await cancelAppointment(booking, await actAs(accountId), {
          appointmentId,
          ...(reason ? { reason } : {}),
          origin,
        });
      },
    },
  };
}
