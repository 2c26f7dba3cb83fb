import type { AccessErrorCode } from '@talon/core/access';
import type { AuditErrorCode } from '@talon/core/audit';
import type { BookingErrorCode } from '@talon/core/booking';
import type { DirectoryErrorCode } from '@talon/core/directory';
import type { IdentityErrorCode } from '@talon/core/identity';
import type { PrivacyErrorCode } from '@talon/core/privacy';
import type { RegistryErrorCode } from '@talon/core/registry';
import type { SchedulingErrorCode } from '@talon/core/scheduling';
import type { DomainError } from '@talon/core/shared';
import type { SlotSearchErrorCode } from '@talon/core/slot-search';
import type { TicketErrorCode } from '@talon/core/tickets';

type Params = Record<string, string | number>;
interface Mapping {
  /** A function when one code answers differently by context (CONSENT_REQUIRED: registration or booking). */
  status: number | ((params: Params) => number);
  detail: (params: Params) => string;
}

/**
 * Every domain error code with its HTTP status and Russian explanation (what happened, what to do next).
 * One table per module, typed by the module's code list so a new code cannot be forgotten here.
 */
const directory: Record<DirectoryErrorCode, Mapping> = {
  UNKNOWN_REGION: {
    status: 400,
    detail: (p) => `Регион с кодом «${p.code}» не найден. Выберите регион из списка.`,
  },
  UNKNOWN_SPECIALTY: {
    status: 400,
    detail: (p) => `Специальность «${p.code}» не найдена. Выберите специальность из списка.`,
  },
  ORGANIZATION_NOT_FOUND: {
    status: 404,
    detail: () => 'Медицинская организация не найдена. Возможно, ссылка устарела — найдите её через поиск.',
  },
  PRACTITIONER_NOT_FOUND: {
    status: 404,
    detail: () => 'Врач не найден. Возможно, он больше не ведёт приём — найдите врача через поиск.',
  },
};

const minutes = (p: Params) => Math.max(1, Math.ceil(Number(p.seconds ?? 60) / 60));

const identity: Record<IdentityErrorCode, Mapping> = {
  INVALID_FIELDS: { status: 400, detail: () => 'Проверьте поля формы: некоторые из них заполнены неверно.' },
  CONSENT_REQUIRED: {
    status: 400,
    detail: () => 'Без согласия на обработку персональных данных регистрация невозможна. Отметьте согласие.',
  },
  WEAK_PASSWORD: {
    status: 400,
    detail: (p) =>
      `Пароль должен быть не короче ${p.minLength ?? 8} символов и содержать заглавные и строчные буквы, цифру и специальный символ.`,
  },
  COMMON_PASSWORD: {
    status: 400,
    detail: () => 'Этот пароль слишком распространён или содержит ваши данные. Придумайте другой.',
  },
  SNILS_ALREADY_REGISTERED: {
    status: 409,
    detail: () =>
      'С этим СНИЛС зарегистрироваться нельзя: он уже используется. Если это ваш СНИЛС, войдите или восстановите пароль; если нет — обратитесь в регистратуру поликлиники.',
  },
  PHONE_ALREADY_REGISTERED: {
    status: 409,
    detail: () => 'Этот номер телефона уже привязан к учётной записи. Войдите или восстановите пароль.',
  },
  EMAIL_ALREADY_REGISTERED: {
    status: 409,
    detail: () => 'Этот адрес почты уже привязан к учётной записи. Укажите другой или войдите.',
  },
  REGISTRATION_NOT_FOUND: {
    status: 404,
    detail: () => 'Регистрация не найдена или устарела. Заполните форму регистрации заново.',
  },
  CODE_INVALID: {
    status: 400,
    detail: (p) =>
      Number(p.attemptsLeft) > 0
        ? `Неверный код. Осталось попыток: ${p.attemptsLeft}.`
        : 'Неверный код. Проверьте его и введите ещё раз.',
  },
  CODE_EXPIRED: { status: 400, detail: () => 'Срок действия кода истёк. Запросите новый код.' },
  CODE_BLOCKED: {
    status: 429,
    detail: (p) => `Код введён неверно слишком много раз. Запросите новый код через ${minutes(p)} мин.`,
  },
  RESEND_TOO_SOON: {
    status: 429,
    detail: (p) => `Новый код можно будет запросить через ${p.seconds ?? 60} с.`,
  },
  INVALID_CREDENTIALS: {
    status: 401,
    detail: () => 'Неверный логин или пароль. Проверьте раскладку клавиатуры или восстановите пароль.',
  },
  LOGIN_THROTTLED: {
    status: 429,
    detail: (p) =>
      `Слишком много неудачных попыток входа. Повторите через ${p.minutes ?? 15} мин. или восстановите пароль.`,
  },
  ACCOUNT_BLOCKED: {
    status: 403,
    detail: () => 'Учётная запись заблокирована. Обратитесь в регистратуру поликлиники или в поддержку.',
  },
  MFA_NOT_PENDING: { status: 409, detail: () => 'Вход уже выполнен или не начат. Войдите заново.' },
  MFA_METHOD_UNAVAILABLE: {
    status: 400,
    detail: () => 'Этот способ подтверждения для вашей учётной записи не настроен. Выберите другой.',
  },
  MFA_ALREADY_ENABLED: { status: 409, detail: () => 'Приложение-аутентификатор уже подключено.' },
  MFA_ENROLMENT_NOT_STARTED: {
    status: 409,
    detail: () => 'Сначала начните подключение приложения-аутентификатора.',
  },
  MFA_REQUIRED_FOR_STAFF: {
    status: 409,
    detail: () =>
      'Сотрудникам нельзя отключать единственный второй фактор. Сначала подключите другой способ.',
  },
  UNAUTHENTICATED: { status: 401, detail: () => 'Войдите в личный кабинет, чтобы продолжить.' },
  MFA_SETUP_REQUIRED: {
    status: 403,
    detail: () => 'Сотрудникам для работы нужен второй фактор входа. Подключите приложение-аутентификатор.',
  },
  CSRF_FAILED: {
    status: 403,
    detail: () => 'Запрос отклонён из соображений безопасности. Обновите страницу и повторите действие.',
  },
  FORBIDDEN: { status: 403, detail: () => 'У вас нет прав на это действие.' },
  SESSION_NOT_FOUND: { status: 404, detail: () => 'Сеанс не найден или уже завершён.' },
  PASSWORD_MISMATCH: { status: 400, detail: () => 'Неверный текущий пароль.' },
  EXTERNAL_IDENTITY_UNCONFIRMED: {
    status: 403,
    detail: () =>
      'Войти можно только с подтверждённой учётной записью Госуслуг. Подтвердите её (например, в МФЦ) или войдите по паролю.',
  },
  EXTERNAL_IDENTITY_NO_SNILS: {
    status: 403,
    detail: () =>
      'Поставщик входа не передал СНИЛС, поэтому мы не можем найти вашу учётную запись. Укажите СНИЛС в профиле Госуслуг или войдите по паролю.',
  },
  EXTERNAL_ACCOUNT_NOT_FOUND: {
    status: 404,
    detail: () =>
      'Учётная запись с этим СНИЛС не найдена. Сначала зарегистрируйтесь (понадобится подтвердить телефон), затем входите через Госуслуги.',
  },
};

const audit: Record<AuditErrorCode, Mapping> = {
  INVALID_AUDIT_PERIOD: {
    status: 400,
    detail: () => 'Проверьте период: начало должно быть раньше конца и не в будущем.',
  },
  INVALID_AUDIT_PAGE: {
    status: 400,
    detail: () => 'Проверьте номер страницы и размер страницы (не больше 100).',
  },
  UNKNOWN_AUDIT_ACTION: {
    status: 400,
    detail: () => 'Такого действия нет в журнале. Выберите действие из списка.',
  },
};

const access: Record<AccessErrorCode, Mapping> = {
  PATIENT_NOT_FOUND: {
    status: 404,
    detail: () => 'Пациент не найден. Проверьте ссылку или найдите пациента через поиск.',
  },
  EMERGENCY_REASON_REQUIRED: {
    status: 400,
    detail: (p) =>
      `Укажите причину экстренного доступа (не короче ${p.min ?? 10} символов): она попадёт в журнал.`,
  },
  WARD_LINK_NOT_FOUND: { status: 404, detail: () => 'Связь с представляемым не найдена или уже прекращена.' },
  WARD_NOT_A_CHILD: {
    status: 400,
    detail: () =>
      'Родитель добавляет детей младше 18 лет. Для взрослого оформите опекунство или попросите его согласие на запись по коду.',
  },
  WARD_DOCUMENT_REQUIRED: {
    status: 400,
    detail: () =>
      'Укажите СНИЛС ребёнка или номер свидетельства о рождении (например, IV-МЮ 123456); для опекуна — номер решения об опеке.',
  },
  WARD_ALREADY_LINKED: { status: 409, detail: () => 'Этот человек уже есть в вашем списке.' },
  WARD_DATA_MISMATCH: {
    status: 409,
    detail: () =>
      'Данные не совпадают с данными поликлиники для этого СНИЛС. Проверьте фамилию и дату рождения или обратитесь в регистратуру.',
  },
  PROXY_NOT_REACHABLE: {
    status: 404,
    detail: () =>
      'Не удалось отправить код: проверьте данные человека. Он должен быть зарегистрирован в Талоне с подтверждённым телефоном.',
  },
  CONSENT_REQUEST_NOT_FOUND: {
    status: 404,
    detail: () => 'Запрос согласия не найден. Запросите код заново.',
  },
  LINK_ALREADY_DECIDED: { status: 409, detail: () => 'По этой заявке уже принято решение.' },
};

const privacy: Record<PrivacyErrorCode, Mapping> = {
  NOT_A_PATIENT: {
    status: 403,
    detail: () =>
      'Этот раздел доступен только пациентам: к вашей учётной записи не привязана карта пациента.',
  },
  PATIENT_CARD_NOT_FOUND: {
    status: 404,
    detail: () => 'Карта пациента не найдена. Обратитесь в регистратуру поликлиники или в поддержку.',
  },
  CONSENT_NOT_FOUND: { status: 404, detail: () => 'Согласие не найдено. Обновите список согласий.' },
  CONSENT_ALREADY_REVOKED: { status: 409, detail: () => 'Это согласие уже отозвано.' },
  DATA_REQUEST_DETAILS_REQUIRED: {
    status: 400,
    detail: () => 'Опишите, какие данные неверны и как их исправить.',
  },
  DATA_REQUEST_NOT_FOUND: { status: 404, detail: () => 'Обращение не найдено. Обновите список обращений.' },
  DATA_REQUEST_STATUS_CONFLICT: {
    status: 409,
    detail: () =>
      'Статус обращения уже изменён: исполненное или отклонённое обращение закрыто. Обновите список.',
  },
};

const scheduling: Record<SchedulingErrorCode, Mapping> = {
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

const slotSearch: Record<SlotSearchErrorCode, Mapping> = {
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

const tickets: Record<TicketErrorCode, Mapping> = {
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

const booking: Record<BookingErrorCode, Mapping> = {
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
    detail: () =>
      'У пациента уже есть активная запись к врачу этой специальности. Чтобы выбрать другое время, перенесите или отмените её.',
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
  CONSENT_REQUIRED: {
    status: (p) => (p.scope === 'booking' ? 403 : 400),
    detail: (p) =>
      p.scope === 'booking'
        ? 'Записать другого человека можно только с его согласия. Попросите у него код согласия (раздел «Мои близкие») или, для ребёнка, добавьте его в свой список.'
        : identity.CONSENT_REQUIRED.detail(p),
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
  CHECK_IN_NOT_TODAY: {
    status: 409,
    detail: () => 'Отметить приход по талону можно только в день приёма. Проверьте дату в талоне.',
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

const registry: Record<RegistryErrorCode, Mapping> = {
  SEARCH_CRITERIA_REQUIRED: {
    status: 400,
    detail: () => 'Укажите, кого искать: СНИЛС, полис ОМС, телефон или фамилию вместе с датой рождения.',
  },
  SEARCH_CRITERIA_INVALID: {
    status: 400,
    detail: () => 'Проверьте условия поиска: некоторые из них заполнены неверно.',
  },
};

const table: Record<string, Mapping> = {
  ...registry,
  ...slotSearch,
  ...tickets,
  ...directory,
  ...identity,
  ...audit,
  ...access,
  ...privacy,
  ...scheduling,
  // Last: booking's CONSENT_REQUIRED answers for registration (400) and booking (403) alike.
  ...booking,
};

export function mapDomainError(error: DomainError) {
  const mapping = table[error.code];
  if (!mapping) return undefined;
  const params = error.options.params ?? {};
  const detail = mapping.detail(params);
  const errors = error.options.fieldErrors?.length
    ? [...error.options.fieldErrors]
    : error.options.field
      ? [{ field: error.options.field, message: detail }]
      : undefined;
  return {
    status: typeof mapping.status === 'function' ? mapping.status(params) : mapping.status,
    code: error.code,
    detail,
    errors,
    retryAfterSeconds: error.options.retryAfterSeconds,
    extensions: error.options.extensions,
  };
}
