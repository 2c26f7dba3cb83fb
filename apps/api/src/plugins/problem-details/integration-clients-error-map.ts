import type { IntegrationClientsErrorCode } from '@talon/core/integration-clients';
import type { Mapping } from './error-mapping';

/** The answers of the integration clients' admin API (issue 14 item 1). */
export const integrationClients: Record<IntegrationClientsErrorCode, Mapping> = {
  INTEGRATION_CLIENT_INVALID: {
    status: 400,
    detail: () =>
      'Проверьте поля клиента: название, способ входа; для входа по ключу укажите либо набор открытых ключей, либо его адрес.',
  },
  INTEGRATION_CLIENT_SCOPE_INVALID: {
    status: 400,
    detail: (p) =>
      `${p.scope ? `«${p.scope}» — не разрешение SMART v2 для системы. ` : ''}Укажите разрешения вида «system/Slot.rs» или «system/Appointment.cruds».`,
  },
  INTEGRATION_CLIENT_JWKS_URL_INVALID: {
    status: 400,
    detail: () => 'Адрес набора ключей должен начинаться с https:// и вести на общедоступный сервер.',
  },
  INTEGRATION_CLIENT_ORGANIZATION_UNKNOWN: {
    status: 400,
    detail: () => 'Организация не найдена. Выберите её из справочника или оставьте поле пустым.',
  },
  INTEGRATION_CLIENT_NOT_FOUND: { status: 404, detail: () => 'Клиент интеграции не найден.' },
  INTEGRATION_CLIENTS_SYSTEM_ADMIN_ONLY: {
    status: 403,
    detail: () => 'Клиентами интеграции управляет только системный администратор.',
  },
};
