import type { BookingErrorCode } from '@talon/core/booking';
import type { ReviewErrorCode } from '@talon/core/reviews';
import type { SchedulingErrorCode } from '@talon/core/scheduling';
import type { SlotSearchErrorCode } from '@talon/core/slot-search';
import type { TicketErrorCode } from '@talon/core/tickets';
import type { WaitlistErrorCode } from '@talon/core/waitlist';
import type { Mapping } from './error-mapping';

/**
 * The answers of the booking modules' errors: schedules, slot search, tickets, the waitlist, reviews,
 * booking.
 */

export const scheduling: Record<SchedulingErrorCode, Mapping> = {
  SCHEDULE_INVALID: {
    status: 400,
    detail: () => 'Проверьте расписание: некоторые поля заполнены неверно (подробности — у каждого поля).',
  },
  SCHEDULE_OVERLAP: {
    status: 409,
    detail: (p) =>
      `Часы приёма пересекаются с другим шаблоном этого врача (действует с ${p.validFrom}). Измените часы или срок действия одного из шаблонов.`,
  },
  SCHEDULE_NOT_FOUND: {
    status: 404,
    detail: () => 'Шаблон расписания не найден. Обновите список расписаний.',
  },
  SCHEDULE_EXCEPTION_INVALID: {
    status: 400,
    detail: () => 'Проверьте период и вид исключения: некоторые поля заполнены неверно.',
  },
  SCHEDULE_EXCEPTION_NOT_FOUND: {
    status: 404,
    detail: () => 'Исключение из расписания не найдено. Обновите список.',
  },
  PRACTITIONER_ROLE_NOT_FOUND: {
    status: 404,
    detail: () =>
      'Должность врача не найдена в ваших медицинских организациях. Выберите врача из списка своей организации.',
  },
  SCHEDULE_REQUIRED_FOR_EXTRA_HOURS: {
    status: 409,
    detail: () =>
      'Дополнительные часы берут длительность талона и каналы записи из шаблона расписания. Сначала создайте шаблон для этого врача.',
  },
};

export const slotSearch: Record<SlotSearchErrorCode, Mapping> = {
  SLOT_SEARCH_TOO_BROAD: {
    status: 400,
    detail: () =>
      'Уточните поиск: укажите медицинскую организацию, врача или регион вместе со специальностью.',
  },
  SLOT_PERIOD_INVALID: {
    status: 400,
    detail: () => 'Начало периода («from») должно быть не позже его конца («to»).',
  },
};

export const waitlist: Record<WaitlistErrorCode, Mapping> = {
  WAITLIST_ENTRY_NOT_FOUND: {
    status: 404,
    detail: () => 'Запись в листе ожидания не найдена. Откройте лист ожидания и проверьте список.',
  },
  WAITLIST_WINDOW_INVALID: {
    status: 400,
    detail: () => 'Последний день периода («to») должен быть не раньше первого («from»).',
  },
  WAITLIST_WINDOW_IN_PAST: {
    status: 422,
    detail: () => 'Период ожидания уже начался в прошлом. Выберите даты начиная с сегодняшней.',
  },
  WAITLIST_WINDOW_TOO_LONG: {
    status: 422,
    detail: (p) =>
      `Встать в лист ожидания можно не более чем на ${p.days} дней вперёд: выберите последний день не позже ${p.last}.`,
  },
  WAITLIST_TARGET_NOT_FOUND: {
    status: 422,
    detail: () =>
      'Врач или медицинская организация не найдены или не ведут приём по этой специальности. Выберите их из списка.',
  },
  WAITLIST_DUPLICATE: {
    status: 409,
    detail: () => 'Вы уже в листе ожидания по этой специальности и этому врачу или клинике.',
  },
  WAITLIST_LIMIT: {
    status: 409,
    detail: (p) =>
      `В листе ожидания может быть не более ${p.max} записей одного пациента. Удалите ненужную и попробуйте снова.`,
  },
};

export const reviews: Record<ReviewErrorCode, Mapping> = {
  REVIEW_NOT_ALLOWED: {
    status: 409,
    detail: () =>
      'Оставить отзыв можно только о состоявшемся приёме. Дождитесь, когда врач отметит приём, и попробуйте снова.',
  },
  REVIEW_EXISTS: {
    status: 409,
    detail: () => 'Отзыв об этом приёме уже оставлен. Отзыв можно оставить один раз, изменить его нельзя.',
  },
  REVIEW_INVALID: {
    status: 400,
    detail: () => 'Проверьте отзыв: оценка — целое число от 1 до 5, комментарий — не длиннее 2000 символов.',
  },
};

export const tickets: Record<TicketErrorCode, Mapping> = {
  TICKET_NOT_FOUND: {
    status: 404,
    detail: () => 'Запись не найдена. Проверьте ссылку или откройте талон из списка своих записей.',
  },
  TICKET_NOT_AVAILABLE: {
    status: 409,
    detail: () =>
      'Эта запись отменена или перенесена, поэтому талон недействителен. Откройте талон действующей записи.',
  },
};

/** CONSENT_REQUIRED is shared with registration: its answer is in domain-error-map. */
export const booking: Record<Exclude<BookingErrorCode, 'CONSENT_REQUIRED'>, Mapping> = {
  SLOT_NOT_FOUND: {
    status: 404,
    detail: () =>
      'Талон не найден: возможно, расписание изменилось. Обновите список и выберите другое время.',
  },
  SLOT_TAKEN: {
    status: 409,
    detail: () =>
      'Это время уже занято. Выберите другое: ниже — ближайшие свободные талоны к этому врачу или по этой специальности.',
  },
  SLOT_IN_PAST: {
    status: 409,
    detail: (p) =>
      `На это время записаться уже нельзя: запись закрывается за ${p.minutes ?? 60} мин. до приёма. Выберите более позднее время.`,
  },
  BEYOND_HORIZON: {
    status: 409,
    detail: (p) =>
      `Запись на это время ещё не открыта: поликлиника записывает не дальше чем на ${p.days ?? 14} дн. вперёд. Выберите дату ближе или запишитесь в лист ожидания.`,
  },
  CHANNEL_NOT_ALLOWED: {
    status: 409,
    detail: () =>
      'На этот талон нельзя записаться онлайн. Выберите другое время или запишитесь через регистратуру поликлиники.',
  },
  SPECIALTY_LIMIT: {
    status: 409,
    detail: (p) =>
      Number(p.limit ?? 1) > 1
        ? `У пациента уже ${p.limit} активные записи к врачам этой специальности — больше в этом регионе нельзя. Чтобы записаться на другое время, перенесите или отмените одну из них.`
        : 'У пациента уже есть активная запись к врачу этой специальности. Чтобы выбрать другое время, перенесите или отмените её.',
  },
  REFERRAL_REQUIRED: {
    status: 409,
    detail: () =>
      'К этому специалисту записывают по направлению. Сначала запишитесь к терапевту (педиатру) и получите направление, затем выберите его при записи.',
  },
  NOT_ATTACHED: {
    status: 409,
    detail: () =>
      'К этому врачу записываются в поликлинике, к которой вы прикреплены. Запишитесь в свою поликлинику или прикрепитесь к этой (заявление в регистратуре).',
  },
  PRIORITY_QUOTA: {
    status: 409,
    detail: () =>
      'Этот талон зарезервирован для льготных категорий граждан до его освобождения. Выберите другое время или загляните позже.',
  },
  NO_SHOW_SUSPENDED: {
    status: 403,
    detail: (p) =>
      `Онлайн-запись приостановлена до ${p.until}: вы ${p.count ?? 2} раза не пришли на приём, не отменив запись. Записаться можно по телефону или в регистратуре поликлиники.`,
  },
  APPOINTMENT_NOT_FOUND: {
    status: 404,
    detail: () => 'Запись не найдена. Проверьте ссылку или откройте запись из списка своих записей.',
  },
  CANCELLATION_REASON_REQUIRED: {
    status: 400,
    detail: (p) => `До приёма меньше ${p.hours ?? 24} ч: чтобы отменить запись, укажите причину отмены.`,
  },
  APPOINTMENT_STATUS_CONFLICT: {
    status: 409,
    detail: () =>
      'С этой записью так поступить нельзя: она уже прошла, отменена, перенесена или её статус уже изменён. Обновите страницу.',
  },
  RESCHEDULE_WINDOW: {
    status: 409,
    detail: (p) =>
      `Перенести запись можно на время не дальше ${p.days ?? 30} дней от исходной даты. Выберите более близкую дату или отмените запись и запишитесь заново.`,
  },
  RESCHEDULE_OTHER_SPECIALTY: {
    status: 409,
    detail: () =>
      'Перенести можно только на талон врача той же специальности. Чтобы попасть к другому специалисту, запишитесь к нему отдельно.',
  },
  VISIT_NOT_STARTED: {
    status: 409,
    detail: () => 'Приём ещё не начался: отметить его итог можно после времени начала.',
  },
  CHECK_IN_NOT_TODAY: {
    status: 409,
    detail: () => 'Отметить приход по талону можно только в день приёма. Проверьте дату в талоне.',
  },
  TICKET_CODE_INVALID: {
    status: 400,
    detail: () => 'Код талона — 8 знаков, например K7QX-M2PA. Проверьте код на талоне.',
  },
  TICKET_INVALID: {
    status: 400,
    detail: () =>
      'QR-код талона не распознан или подделан. Отсканируйте талон ещё раз или найдите запись по коду.',
  },
  OVERRIDE_REASON_REQUIRED: {
    status: 400,
    detail: () => 'Укажите причину исключения из правил записи: она попадёт в журнал.',
  },
  PATIENT_REQUIRED: {
    status: 400,
    detail: () =>
      'Не указано, кого записать: выберите пациента (для сотрудников регистратуры) или войдите как пациент.',
  },
};
