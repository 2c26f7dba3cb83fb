import type { SurveyErrorCode } from '@talon/core/surveys';
import type { Mapping } from './error-mapping';

/** The answers of the surveys after a visit (issue 17 item 3; docs/surveys.md). */
export const surveys: Record<SurveyErrorCode, Mapping> = {
  SURVEY_NOT_ALLOWED: {
    status: 409,
    detail: () =>
      'Оценить можно только состоявшийся приём. Дождитесь, когда врач отметит приём, и попробуйте снова.',
  },
  SURVEY_CLOSED: {
    status: 409,
    detail: () => 'Оценить приём можно в течение 30 дней после него; этот срок прошёл.',
  },
  SURVEY_EXISTS: {
    status: 409,
    detail: () => 'Вы уже оценили этот приём. Оценку можно оставить один раз, изменить её нельзя.',
  },
  SURVEY_INVALID: {
    status: 400,
    detail: () =>
      'Проверьте оценку: каждая оценка — целое число от 1 до 5 (оценка врача обязательна, если вы ещё не оставляли отзыв), комментарий — не длиннее 2000 символов.',
  },
  SURVEY_NOT_FOUND: {
    status: 404,
    detail: () => 'Оценка приёма не найдена.',
  },
  SURVEY_ANSWERED: {
    status: 409,
    detail: () => 'На эту оценку уже ответили. Ответ даётся один раз.',
  },
};
