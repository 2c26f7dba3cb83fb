import type { Config } from '@talon/config';
import * as booking from '@talon/core/booking';
import type { Principal, RequestOrigin } from '@talon/core/identity';
import * as notifications from '@talon/core/notifications';
import { type Clock, DomainError } from '@talon/core/shared';
import {
  createAppointmentLinksRepository,
  createPreferencesRepository,
  type DatabaseHandle,
} from '@talon/db';

/**
 * Preferences and signed appointment links (issue 5, items 2 and 4). Wired here, used by
 * routes/patient/notification-preferences and routes/public/appointment-links.
 */
export function createNotificationsServices(
  database: DatabaseHandle,
  clock: Clock,
  config: Config,
  bookingDeps: booking.BookingDeps,
) {
  const preferences = createPreferencesRepository(database.db);
  const links = createAppointmentLinksRepository(database.db);
  /**
   * The link acts as the account it was mailed to, as a patient: the access policy and the booking rules
   * decide exactly as if that person had logged in. A blocked or deleted account's links do nothing.
   */
  const actAs = async (accountId: string): Promise<Principal> => {
    const facts = await links.accountFacts(accountId);
    if (!facts?.isActive)
      throw new DomainError(notifications.NotificationsErrorCode.APPOINTMENT_LINK_INVALID);
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
  const linkDeps = (origin: RequestOrigin): notifications.AppointmentLinkDeps => ({
    links,
    clock,
    key: notifications.deriveAppointmentLinkKey(config.secrets.lookupKey),
    actions: {
      confirm: async (accountId, appointmentId) => {
        await booking.confirmAppointment(bookingDeps, await actAs(accountId), {
          appointmentId,
          origin,
        });
      },
      cancel: async (accountId, appointmentId, reason) => {
        await booking.cancelAppointment(bookingDeps, await actAs(accountId), {
          appointmentId,
          ...(reason ? { reason } : {}),
          origin,
        });
      },
    },
  });
  const prefDeps = { preferences, clock };
  return {
    getPreferences: (accountId: string) => notifications.getNotificationPreferences(prefDeps, accountId),
    updatePreferences: (accountId: string, input: notifications.NotificationPreferences) =>
      notifications.updateNotificationPreferences(prefDeps, accountId, input),
    describeLink: (token: string, origin: RequestOrigin) =>
      notifications.describeAppointmentLink(linkDeps(origin), token),
    /** The audit entry of the change names the request's address and browser, as a logged-in one would. */
    useLink: (token: string, reason: string | null, origin: RequestOrigin) =>
      notifications.useAppointmentLink(linkDeps(origin), { token, reason }),
  };
}
