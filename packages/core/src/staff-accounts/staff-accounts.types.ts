import type { Role } from '../identity';
import type { Sex } from '../shared';

/** The roles a clinic admin may grant at their own clinic (issue 13 item 3); never system_admin or call_centre. */
export const GRANTABLE_STAFF_ROLES = ['doctor', 'nurse', 'registrar', 'clinic_admin'] as const;
export type GrantableStaffRole = (typeof GRANTABLE_STAFF_ROLES)[number];

/** The roles that act as a practitioner: the account needs a practitioner row. */
export const PRACTITIONER_ROLES: readonly GrantableStaffRole[] = ['doctor', 'nurse'];

/** An invitation link is valid 72 hours (issue 13 item 3). */
export const INVITATION_VALID_HOURS = 72;

export type StaffStatus = 'active' | 'blocked' | 'invited';

/** A member of a clinic's staff as the admin's list shows them: an account, or an open invitation. */
export interface StaffMember {
  /** The account, or null for an invitation not yet accepted. */
  accountId: string | null;
  invitationId: string | null;
  fullName: string;
  email: string | null;
  phone: string | null;
  organizationId: string;
  organizationName: string;
  roles: GrantableStaffRole[];
  status: StaffStatus;
  secondFactor: boolean;
  /** The account holds the support operator's role (for no clinic; false for an invitation). */
  supportOperator: boolean;
  lastLoginAt: Date | null;
  /** When an open invitation stops working. */
  invitationExpiresAt: Date | null;
}

/** A contact read from what the admin typed: an e-mail (lower case) or a +7 phone. */
export type StaffContact = { channel: 'email'; value: string } | { channel: 'sms'; value: string };

export interface InvitationDraft {
  contact: string;
  fullName: string;
  roles: readonly string[];
  organizationId: string;
  /** Needed only when a practitioner row is created for a doctor or nurse. */
  sex?: Sex | null;
}

export interface StaffInvitation {
  id: string;
  contact: string;
  channel: 'email' | 'sms';
  fullName: string;
  sex: Sex | null;
  organizationId: string;
  roles: GrantableStaffRole[];
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  replacedAt: Date | null;
}

export type { Role };

/** A clinic as «Клиники» shows it: where it is and the counts an administrator looks at. */
export interface ClinicOverview {
  id: string;
  name: string;
  shortName: string;
  region: { code: string; name: string };
  address: string;
  timeZone: string;
  /** Practitioners with an active place of work there. */
  practitioners: number;
  /** Staff accounts with a role there, by status; `invited`: the open invitations. */
  staff: Record<StaffStatus, number>;
  /** Patients attached to the clinic now (прикрепление). */
  attachedPatients: number;
  /** Visits of the clinic's current day (its own time zone), cancelled and moved ones left out. */
  appointmentsToday: number;
}
