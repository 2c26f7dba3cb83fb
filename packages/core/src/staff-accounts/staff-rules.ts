import { isValidEmail, parsePhone } from '../identifiers';
import type { Principal, RoleGrant } from '../identity';
import { DomainError, type FieldError, SEXES, type Sex } from '../shared';
import { StaffAccountsErrorCode } from './staff-accounts.errors';
import {
  GRANTABLE_STAFF_ROLES,
  type GrantableStaffRole,
  INVITATION_VALID_HOURS,
  type InvitationDraft,
  PRACTITIONER_ROLES,
  type StaffContact,
  type StaffInvitation,
} from './staff-accounts.types';

export const FULL_NAME_MAX = 200;

/** The clinics whose staff the caller manages: null for a system admin (all), else their clinic_admin clinics. */
export function managedOrganizations(principal: Pick<Principal, 'roles'>): readonly string[] | null {
  if (principal.roles.some((grant) => grant.role === 'system_admin')) return null;
  return principal.roles
    .filter((grant) => grant.role === 'clinic_admin' && grant.organizationId)
    .map((grant) => grant.organizationId as string);
}

export const managesOrganization = (principal: Pick<Principal, 'roles'>, organizationId: string): boolean => {
  const scope = managedOrganizations(principal);
  return scope === null || scope.includes(organizationId);
};

export const isGrantable = (role: string): role is GrantableStaffRole =>
  (GRANTABLE_STAFF_ROLES as readonly string[]).includes(role);

export const needsPractitioner = (roles: readonly GrantableStaffRole[]): boolean =>
  roles.some((role) => PRACTITIONER_ROLES.includes(role));

/** An e-mail (lower case) or a Russian mobile in E.164; null for anything else. */
export function parseStaffContact(text: string): StaffContact | null {
  const trimmed = text.trim();
  if (trimmed.includes('@')) {
    const email = trimmed.toLowerCase();
    return isValidEmail(email) ? { channel: 'email', value: email } : null;
  }
  const phone = parsePhone(trimmed);
  return phone.ok ? { channel: 'sms', value: phone.value } : null;
}

export const identifiersOf = (contact: StaffContact): { email?: string; phone?: string } =>
  contact.channel === 'email' ? { email: contact.value } : { phone: contact.value };

/** The roles asked for, each once; a role a clinic admin may not grant is refused by name. */
export function grantableRoles(roles: readonly string[]): GrantableStaffRole[] {
  const refused = roles.find((role) => !isGrantable(role));
  if (refused !== undefined) {
    throw new DomainError(StaffAccountsErrorCode.STAFF_ROLE_NOT_GRANTABLE, {
      field: 'body.roles',
      params: { role: refused },
    });
  }
  return [...new Set(roles as GrantableStaffRole[])];
}

export interface ValidInvitation {
  contact: StaffContact;
  fullName: string;
  roles: GrantableStaffRole[];
  sex: Sex | null;
}

/**
 * An invitation: a contact, a full name (surname and given name at least), one role or more. A doctor or
 * nurse without a practitioner row yet gets one made from the name, so its sex is required then.
 */
export function validateInvitation(draft: InvitationDraft, hasPractitioner: boolean): ValidInvitation {
  const roles = grantableRoles(draft.roles);
  const contact = parseStaffContact(draft.contact);
  const fullName = draft.fullName.trim().replace(/\s+/g, ' ');
  const sex = draft.sex ?? null;
  const errors: (FieldError | null)[] = [
    contact ? null : { field: 'body.contact', message: 'Укажите электронную почту или телефон +7' },
    fullName.split(' ').length >= 2 && fullName.length <= FULL_NAME_MAX
      ? null
      : { field: 'body.fullName', message: 'Укажите фамилию и имя' },
    roles.length ? null : { field: 'body.roles', message: 'Выберите хотя бы одну роль' },
    !needsPractitioner(roles) || hasPractitioner || (sex && SEXES.includes(sex))
      ? null
      : { field: 'body.sex', message: 'Укажите пол: для врача и медсестры заводится карточка специалиста' },
  ];
  const fieldErrors = errors.filter((e): e is FieldError => e !== null);
  if (fieldErrors.length) {
    throw new DomainError(StaffAccountsErrorCode.STAFF_INVITATION_INVALID, { fieldErrors });
  }
  return { contact: contact as StaffContact, fullName, roles, sex };
}

export const invitationExpiry = (now: Date): Date =>
  new Date(now.getTime() + INVITATION_VALID_HOURS * 3600_000);

/** An invitation works once, until it expires or a newer one for the same contact and clinic replaces it. */
export const isInvitationOpen = (
  invitation: Pick<StaffInvitation, 'acceptedAt' | 'replacedAt' | 'expiresAt'>,
  now: Date,
): boolean => !invitation.acceptedAt && !invitation.replacedAt && invitation.expiresAt > now;

/** Surname, given name and the rest as patronymic: the order of a Russian full name. */
export function splitFullName(fullName: string): {
  surname: string;
  name: string;
  patronymic: string | null;
} {
  const [surname = '', name = '', ...rest] = fullName.split(' ');
  return { surname, name, patronymic: rest.length ? rest.join(' ') : null };
}

/**
 * The account's grants after its roles at one clinic are set to `roles`: grants at other clinics and
 * organisation-free ones are kept. An admin may not drop their own clinic_admin role there.
 */
export function replaceClinicRoles(
  current: readonly RoleGrant[],
  organizationId: string,
  roles: readonly GrantableStaffRole[],
  isSelf: boolean,
): RoleGrant[] {
  const hadAdmin = current.some((g) => g.role === 'clinic_admin' && g.organizationId === organizationId);
  if (isSelf && hadAdmin && !roles.includes('clinic_admin')) {
    throw new DomainError(StaffAccountsErrorCode.STAFF_SELF_DEMOTE);
  }
  return [
    ...current.filter((g) => g.organizationId !== organizationId || !isGrantable(g.role)),
    ...roles.map((role) => ({ role, organizationId })),
  ];
}
