import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, dataOf } from '../../shared/api-client';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { PasswordChecklist } from './password-checklist';
import { STAFF_MIN_LENGTH } from './password-rules';
import './auth.css';

const accept = (token: string, password: string) =>
  dataOf(
    api.POST('/api/v1/staff-invitations/{token}/accept', { params: { path: { token } }, body: { password } }),
  );

/**
 * `/invite/:token` — the invitee of a clinic admin sets a password (issue 13 item 3); then they log in and
 * set up the authenticator app, which every staff account must have.
 */
export function StaffInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.invitation.title'));
  const { token = '' } = useParams();
  const form = useForm<{ password: string }>({ defaultValues: { password: '' } });
  const serverErrors = useServerErrors(form);
  const submit = useMutation({
    mutationFn: (password: string) => accept(token, password),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
  });
  const password = form.watch('password');
  return (
    <div className="page auth-page">
      <PageHeading>{t('auth.invitation.title')}</PageHeading>
      {submit.data ? (
        <div className="notice" role="status">
          <p>{t('auth.invitation.done', { login: submit.data.login })}</p>
          <p>
            <Link to="/login" className="button button--primary">
              {t('auth.invitation.toLogin')}
            </Link>
          </p>
        </div>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => void form.handleSubmit((values) => submit.mutate(values.password))(event)}
        >
          <p>{t('auth.invitation.lead')}</p>
          <FormAlert error={serverErrors.formError} />
          <TextField
            id="invitation-password"
            type="password"
            label={t('auth.invitation.password')}
            autoComplete="new-password"
            describedBy="invitation-password-rule"
            error={form.formState.errors.password?.message}
            {...form.register('password', {
              validate: (v) => (v ? true : t('auth.invitation.passwordRequired')),
            })}
          />
          <PasswordChecklist id="invitation-password-rule" password={password} minLength={STAFF_MIN_LENGTH} />
          <button type="submit" className="button button--primary" disabled={submit.isPending}>
            {t('auth.invitation.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
