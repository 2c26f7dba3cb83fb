import type { OAuthErrorCode, OAuthRefusalReason } from '@talon/core/integration-clients';

/** HTTP status of each OAuth error (RFC 6749 §5.2): a client that failed to authenticate is 401. */
export const OAUTH_ERROR_STATUS: Record<OAuthErrorCode, 400 | 401 | 429> = {
  invalid_request: 400,
  invalid_client: 401,
  invalid_grant: 400,
  invalid_scope: 400,
  unsupported_grant_type: 400,
  rate_limited: 429,
};

/** The same words for every failed proof of identity: the answer does not tell which part was wrong. */
const NOT_AUTHENTICATED =
  'Клиент не прошёл проверку: неизвестный client_id, неверный секрет, другой способ входа или клиент отозван.';

/** `error_description` of each refusal, in Russian (what was wrong, what to do). */
export function describeRefusal(reason: OAuthRefusalReason, retryAfterSeconds?: number): string {
  switch (reason) {
    case 'bad_request':
      return 'Запрос не по правилам OAuth 2.0: нужны grant_type=client_credentials в теле формы и ровно один способ проверки клиента — заголовок Authorization: Basic или client_assertion.';
    case 'unsupported_grant_type':
      return 'Поддерживается только grant_type=client_credentials.';
    case 'no_credentials':
      return 'Клиент не представился: передайте client_id и секрет в заголовке Authorization: Basic или подписанное утверждение client_assertion.';
    case 'unknown_client':
    case 'wrong_secret':
    case 'wrong_method':
    case 'revoked':
      return NOT_AUTHENTICATED;
    case 'bad_assertion':
      return 'Утверждение client_assertion не прошло проверку: подпись ключом клиента (RS384 или ES384), iss и sub — client_id, aud — адрес этого эндпоинта, exp и jti обязательны.';
    case 'assertion_too_long':
      return 'Срок действия утверждения client_assertion (exp) должен истекать не позже чем через 5 минут.';
    case 'assertion_reused':
      return 'Это утверждение уже использовано: каждое утверждение client_assertion — с новым jti.';
    case 'no_scope_allowed':
      return 'Ни одно из запрошенных разрешений (scope) не разрешено этому клиенту.';
    case 'rate_limited':
      return `Слишком много запросов токена подряд. Повторите через ${retryAfterSeconds ?? 60} с.`;
  }
}
