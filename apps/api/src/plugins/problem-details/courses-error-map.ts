import type { CourseErrorCode } from '@talon/core/courses';
import type { Mapping } from './error-mapping';

const STATUS_NAMES: Record<string, string> = {
  processing: '«В обработке»',
  approved: '«Одобрено»',
  cancelled: '«Отменено»',
};

/** The answers of courses' errors (issue 12 item 8). */
export const courses: Record<CourseErrorCode, Mapping> = {
  COURSE_NOT_FOUND: { status: 404, detail: () => 'Курс не найден. Обновите каталог курсов.' },
  COURSE_FULL: {
    status: 409,
    detail: () =>
      'На курсе не осталось свободных мест: все места заняты одобренными заявками. Запись можно отменить или предложить другой курс.',
  },
  COURSE_ENROLMENT_CLOSED: {
    status: 409,
    detail: () => 'Курс уже начался, запись на него закрыта. Выберите курс с более поздней датой начала.',
  },
  COURSE_ALREADY_ENROLLED: {
    status: 409,
    detail: () => 'Вы уже записаны на этот курс. Статус записи — в разделе «Мои курсы».',
  },
  ENROLMENT_NOT_FOUND: { status: 404, detail: () => 'Запись на курс не найдена. Обновите список.' },
  ENROLMENT_STATUS_CONFLICT: {
    status: 409,
    detail: (p) =>
      `Это действие недоступно: запись в статусе ${STATUS_NAMES[String(p.status)] ?? 'другом'}. ` +
      'Одобрить можно запись «В обработке», отменить — «В обработке» или «Одобрено». Обновите список.',
  },
  COURSE_REPORT_PERIOD_INVALID: {
    status: 400,
    detail: () => 'Проверьте период отчёта: конец не раньше начала, не больше пяти лет.',
  },
};
