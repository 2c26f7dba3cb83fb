import type { StaffAccountsErrorCode } from '@talon/core/staff-accounts';
import type { Mapping } from './error-mapping';

/** The answers of staff account management (issue 13 item 3). */
export const staffAccounts: Record<StaffAccountsErrorCode, Mapping> = {
  STAFF_INVITATION_INVALID: {
    status: 400,
    detail: () => 'Проверьте приглашение: контакт, фамилию и имя, роли и пол для врача или медсестры.',
  },
  STAFF_ROLE_NOT_GRANTABLE: {
    status: 400,
    detail: () =>
      'Эту роль нельзя выдать в поликлинике: доступны врач, медсестра, регистратор и администратор поликлиники.',
  },
  STAFF_INVITATION_INVALID_LINK: {
    status: 410,
    detail: () =>
      'Ссылка приглашения недействительна: она устарела, уже использована или заменена новой. Попросите администратора пригласить вас снова.',
  },
  STAFF_NOT_FOUND: { status: 404, detail: () => 'Сотрудник не найден.' },
  STAFF_ORGANIZATION_NOT_FOUND: { status: 404, detail: () => 'Поликлиника не найдена.' },
  CLINIC_QUERY_INVALID: {
    status: 400,
    detail: () => 'Проверьте поиск: не длиннее 100 знаков, код региона — две цифры.',
  },
  STAFF_SELF_BLOCK: { status: 409, detail: () => 'Нельзя заблокировать собственную учётную запись.' },
  STAFF_SELF_DEMOTE: {
    status: 409,
    detail: () => 'Нельзя снять с себя роль администратора поликлиники: попросите другого администратора.',
  },
};
