import { useTranslation } from 'react-i18next';
import { checkPassword, PASSWORD_RULES, PATIENT_MIN_LENGTH } from './password-rules';

interface PasswordChecklistProps {
  /** Referenced by the password field's aria-describedby: the rule is read when the field takes the focus. */
  id: string;
  password: string;
  minLength?: number;
}

/**
 * The password rule as a live checklist. The state of each item is in words (a hidden «выполнено»), not only
 * in the tick, and the list is not a live region: announcing it on every key press would drown the typing.
 */
export function PasswordChecklist({ id, password, minLength = PATIENT_MIN_LENGTH }: PasswordChecklistProps) {
  const { t } = useTranslation();
  const checks = checkPassword(password, minLength);
  return (
    <div id={id} className="password-checklist">
      <p className="password-checklist__title">{t('auth.password.ruleTitle')}</p>
      <ul className="password-checklist__list">
        {PASSWORD_RULES.map((rule) => (
          <li key={rule} className="password-checklist__item" data-met={checks[rule]}>
            <span className="password-checklist__mark" aria-hidden="true">
              {checks[rule] ? '✓' : '○'}
            </span>
            <span className="visually-hidden">
              {checks[rule] ? t('auth.password.met') : t('auth.password.notMet')}{' '}
            </span>
            {rule === 'length'
              ? t('auth.password.rules.length', { count: minLength })
              : t(`auth.password.rules.${rule}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
