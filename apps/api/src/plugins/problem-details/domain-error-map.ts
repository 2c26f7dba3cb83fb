import type { AccessErrorCode } from '@talon/core/access';
import type { AuditErrorCode } from '@talon/core/audit';
import type { DirectoryErrorCode } from '@talon/core/directory';
import type { IdentityErrorCode } from '@talon/core/identity';
import type { MessagingErrorCode } from '@talon/core/messaging';
import type { NotificationsErrorCode } from '@talon/core/notifications';
import type { NotificationsDeliveryErrorCode } from '@talon/core/notifications-delivery';
import type { PracticeErrorCode } from '@talon/core/practice';
import type { PrivacyErrorCode } from '@talon/core/privacy';
import type { RegistryErrorCode } from '@talon/core/registry';
import type { DomainError } from '@talon/core/shared';
import { analytics } from './analytics-error-map';
import { attachment } from './attachment-error-map';
import { booking, reviews, scheduling, slotSearch, tickets, waitlist } from './booking-error-map';
import { courses } from './courses-error-map';
import { dataChanges } from './data-changes-error-map';
import { documentRequests } from './document-requests-error-map';
import type { Mapping, Params } from './error-mapping';
import { fhirSubscriptions } from './fhir-subscriptions-error-map';
import { integrationClients } from './integration-clients-error-map';
import { misSchedules } from './mis-schedules-error-map';
import { practitionerDocuments } from './practitioner-documents-error-map';
import { qualifications } from './qualifications-error-map';
import { records, uploads } from './records-error-map';
import { referrals, ticketEmail } from './referral-error-map';
import { signing } from './signing-error-map';
import { staffAccounts } from './staff-accounts-error-map';
import { staffApplications } from './staff-applications-error-map';
import { status } from './status-error-map';
import { support } from './support-error-map';
import { surveys } from './surveys-error-map';
import { symptomGuide } from './symptom-guide-error-map';
import { video } from './video-error-map';
import { waitingRoom } from './waiting-room-error-map';

/**
 * Every domain error code with its HTTP status and Russian explanation (what happened, what to do next).
 * One table per module, typed by the module's code list so a new code cannot be forgotten here.
 */
const notificationsDelivery: Record<NotificationsDeliveryErrorCode, Mapping> = {
  NOTIFICATION_NOT_FOUND: {
    status: 404,
    detail: () => 'Уведомление не найдено. Обновите список уведомлений.',
  },
  PUSH_SUBSCRIPTION_NOT_FOUND: {
    status: 404,
    detail: () => 'Подписка на уведомления в этом браузере не найдена. Возможно, она уже отключена.',
  },
  PUSH_ENDPOINT_INVALID: {
    status: 400,
    detail: () => 'Браузер передал неподходящий адрес для уведомлений. Обновите браузер и попробуйте снова.',
  },
  PUSH_UNAVAILABLE: {
    status: 503,
    detail: () => 'Уведомления в браузере сейчас недоступны. Попробуйте позже.',
  },
  OUTBOX_MESSAGE_NOT_FOUND: { status: 404, detail: () => 'Сообщение не найдено. Обновите список.' },
  OUTBOX_MESSAGE_NOT_RETRYABLE: {
    status: 409,
    detail: () => 'Повторить можно только недоставленное сообщение; это уже отправлено или в очереди.',
  },
};

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
  CODE_REQUESTS_LIMITED: {
    status: 429,
    detail: (p) =>
      `Слишком много запросов кодов подряд. Повторите через ${Math.ceil(Number(p.seconds ?? 60) / 60)} мин.`,
  },
  PASSWORD_REQUIRED: {
    status: 400,
    detail: () => 'Для этого действия введите пароль от учётной записи ещё раз.',
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
    detail: () => 'Это ваш СНИЛС. Укажите СНИЛС ребёнка или подопечного.',
  },
  WARD_LINK_LIMIT: {
    status: 429,
    detail: (p) =>
      `За сутки можно добавить не больше ${p.limit ?? 5} близких. Попробуйте позже или обратитесь в регистратуру.`,
  },
  WARD_CODE_NOT_AVAILABLE: {
    status: 409,
    detail: () =>
      'Для этой заявки код не отправляется: в карте ребёнка нет телефона или заявка уже рассмотрена. Покажите свидетельство о рождении в регистратуре поликлиники ребёнка.',
  },
  MEDICAL_ACCESS_NOT_DECIDABLE: {
    status: 409,
    detail: () =>
      'Разрешать родителю видеть медицинские данные можно с 15 до 18 лет и только по действующей связи с родителем.',
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
  WARD_DOCUMENT_FILE_INVALID: {
    status: 400,
    detail: () =>
      'Скан документа не найден или уже приложен к другой заявке. Загрузите файл ещё раз и повторите отправку.',
  },
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

const notifications: Record<NotificationsErrorCode, Mapping> = {
  PREFERENCES_INVALID: {
    status: 400,
    detail: () => 'Проверьте настройки уведомлений: время — ЧЧ:ММ, часовой пояс — из списка.',
  },
  APPOINTMENT_LINK_INVALID: {
    status: 400,
    detail: () =>
      'Ссылка повреждена или недействительна. Откройте её из письма целиком или управляйте записью в личном кабинете.',
  },
  APPOINTMENT_LINK_EXPIRED: {
    status: 410,
    detail: () => 'Срок действия ссылки истёк. Управлять записью можно в личном кабинете.',
  },
  APPOINTMENT_LINK_USED: {
    status: 409,
    detail: () =>
      'Эта ссылка уже использована. Каждая ссылка из письма срабатывает один раз; проверьте запись в личном кабинете.',
  },
};

const practice: Record<PracticeErrorCode, Mapping> = {
  NOT_A_PRACTITIONER: {
    status: 403,
    detail: () => 'Раздел доступен врачу или медсестре, работающим в поликлинике.',
  },
  PATIENT_QUERY_TOO_SHORT: {
    status: 400,
    detail: () => 'Введите фамилию (от двух букв), дату рождения или СНИЛС пациента.',
  },
  ABSENCE_PERIOD_INVALID: {
    status: 400,
    detail: () =>
      'Проверьте даты отсутствия: начало не раньше сегодняшнего дня, конец не раньше начала, не больше года.',
  },
  ABSENCE_CLINIC_REQUIRED: {
    status: 400,
    detail: () => 'Вы работаете в нескольких поликлиниках: укажите, в какой вас не будет.',
  },
  ABSENCE_REQUEST_NOT_FOUND: {
    status: 404,
    detail: () => 'Заявка на отсутствие не найдена. Обновите список заявок.',
  },
  ABSENCE_REQUEST_DECIDED: {
    status: 409,
    detail: () => 'По этой заявке уже принято решение. Обновите список заявок.',
  },
  ABSENCE_REJECTION_REASON_REQUIRED: {
    status: 422,
    detail: () => 'Укажите причину отказа: врач увидит её в своей заявке.',
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
  WALK_IN_INVALID: {
    status: 400,
    detail: () => 'Проверьте данные пациента: некоторые поля заполнены неверно.',
  },
  PATIENT_ALREADY_EXISTS: {
    status: 409,
    detail: () => 'Пациент с этим СНИЛС уже есть в системе. Откройте его карточку вместо новой регистрации.',
  },
  CLINIC_REQUIRED: {
    status: 400,
    detail: () => 'Вы работаете в нескольких поликлиниках: укажите, в какой.',
  },
  CLINIC_OUT_OF_SCOPE: {
    status: 403,
    detail: () => 'Регистратура работает только с поликлиниками, где вы работаете: выберите одну из них.',
  },
};

/**
 * Rendering a message fails only in the worker's delivery (the outbox row goes dead). Should it ever happen
 * on a request, the fault is ours: a 500 that still names its code.
 */
const OUR_MESSAGE_FAULT =
  'Не удалось подготовить сообщение. Повторите попытку позже; если ошибка повторится, сообщите код запроса в поддержку.';
const messaging: Record<MessagingErrorCode, Mapping> = {
  UNKNOWN_TEMPLATE: { status: 500, detail: () => OUR_MESSAGE_FAULT },
  INVALID_PAYLOAD: { status: 500, detail: () => OUR_MESSAGE_FAULT },
};

const table: Record<string, Mapping> = {
  ...registry,
  ...practice,
  ...slotSearch,
  ...tickets,
  ...waitlist,
  ...reviews,
  ...directory,
  ...identity,
  ...audit,
  ...analytics,
  ...status,
  ...symptomGuide,
  ...video,
  ...waitingRoom,
  ...staffAccounts,
  ...integrationClients,
  ...fhirSubscriptions,
  ...misSchedules,
  ...access,
  ...privacy,
  ...scheduling,
  ...notificationsDelivery,
  ...notifications,
  ...booking,
  ...referrals,
  ...ticketEmail,
  ...signing,
  ...records,
  ...documentRequests,
  ...practitionerDocuments,
  ...uploads,
  ...dataChanges,
  ...support,
  ...attachment,
  ...courses,
  ...staffApplications,
  ...qualifications,
  ...surveys,
  ...messaging,
  // Booking and registration share this code: booking for another adult (403), registration (400).
  CONSENT_REQUIRED: {
    status: (p) => (p.scope === 'booking' ? 403 : 400),
    detail: (p) =>
      p.scope === 'booking'
        ? 'Записать другого человека можно только с его согласия. Попросите у него код согласия (раздел «Мои близкие») или, для ребёнка, добавьте его в свой список.'
        : identity.CONSENT_REQUIRED.detail(p),
  },
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
