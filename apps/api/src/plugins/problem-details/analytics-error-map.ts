import type { AnalyticsErrorCode } from '@talon/core/analytics';
import type { Mapping } from './error-mapping';

/** The answers of clinic analytics errors (issue 13 item 4). */
export const analytics: Record<AnalyticsErrorCode, Mapping> = {
  INVALID_ANALYTICS_PERIOD: {
    status: 400,
    detail: (p) =>
      `Проверьте период: даты в формате ГГГГ-ММ-ДД, начало не позже конца, не длиннее ${p.max} дней.`,
  },
  ANALYTICS_ORGANIZATION_NOT_FOUND: {
    status: 404,
    detail: () => 'Медицинская организация не найдена среди ваших. Выберите организацию из списка.',
  },
};
