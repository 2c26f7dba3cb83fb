import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { retryAfterMinutes } from './form-errors';

/** A form's alert for a failed request; a refusal for too many tries also says how many minutes to wait. */
export function ThrottledFormAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const wait = retryAfterMinutes(error);
  return (
    <FormAlert
      error={error}
      message={
        error && wait !== null
          ? `${describeError(error, t)} ${t('auth.errors.waitMinutes', { count: wait })}`
          : null
      }
    />
  );
}
