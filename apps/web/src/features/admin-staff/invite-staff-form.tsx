import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextField } from '../../shared/ui/text-field';
import { STAFF_ROLES, staffApi, type TStaffInvitationBody } from './staff.api';

interface InviteValues {
  contact: string;
  fullName: string;
  roles: string[];
  organizationId: string;
  sex: string;
}

/**
 * «Пригласить сотрудника»: a contact (e-mail or +7 phone), the full name, roles and the clinic. A doctor or
 * nurse needs the sex too: their practitioner card is made from the name.
 */
export function InviteStaffForm({
  clinics,
  clinicId,
  onInvited,
}: {
  /** Every clinic the caller manages, with staff or not yet. */
  clinics: readonly { id: string; name: string }[];
  /** The clinic chosen on the page, if any: the form starts with it. */
  clinicId?: string;
  onInvited: (contact: string) => void;
}) {
  const { t } = useTranslation();
  const initialClinic = clinics.some((c) => c.id === clinicId) ? clinicId : clinics[0]?.id;
  const form = useForm<InviteValues>({
    defaultValues: { contact: '', fullName: '', roles: [], organizationId: initialClinic ?? '', sex: '' },
  });
  const serverErrors = useServerErrors(form);
  const invite = useMutation({
    mutationFn: (body: TStaffInvitationBody) => staffApi.invite(body),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: (_answer, body) => {
      form.reset({ ...form.getValues(), contact: '', fullName: '', roles: [], sex: '' });
      onInvited(body.contact);
    },
  });
  const errors = form.formState.errors;
  const required = (v: string) => (v.trim() ? true : t('staff.required'));
  const submit = (values: InviteValues) =>
    invite.mutate({
      contact: values.contact,
      fullName: values.fullName,
      roles: values.roles,
      organizationId: values.organizationId || (clinics[0]?.id ?? ''),
      sex: values.sex === 'male' || values.sex === 'female' ? values.sex : null,
    });
  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <FormAlert error={serverErrors.formError} />
      <TextField
        id="invite-contact"
        label={t('staff.contact')}
        hint={t('staff.contactHint')}
        autoComplete="off"
        error={errors.contact?.message}
        {...form.register('contact', { validate: required })}
      />
      <TextField
        id="invite-fullName"
        label={t('staff.fullName')}
        autoComplete="off"
        error={errors.fullName?.message}
        {...form.register('fullName', { validate: required })}
      />
      <fieldset className="field" aria-describedby={errors.roles ? 'invite-roles-error' : undefined}>
        <legend className="field__label">{t('staff.roles')}</legend>
        {STAFF_ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              value={role}
              {...form.register('roles', { validate: (v) => (v.length ? true : t('staff.rolesRequired')) })}
            />{' '}
            {t(`staff.role.${role}`)}
          </label>
        ))}
        {errors.roles?.message ? (
          <p id="invite-roles-error" className="field__error">
            {errors.roles.message}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label htmlFor="invite-sex" className="field__label">
          {t('staff.sex')}
        </label>
        <p id="invite-sex-hint" className="field__hint">
          {t('staff.sexHint')}
        </p>
        <select
          id="invite-sex"
          className="field__select"
          aria-describedby={errors.sex ? 'invite-sex-error invite-sex-hint' : 'invite-sex-hint'}
          aria-invalid={errors.sex ? true : undefined}
          {...form.register('sex')}
        >
          <option value="">{t('staff.sexNone')}</option>
          <option value="female">{t('staff.female')}</option>
          <option value="male">{t('staff.male')}</option>
        </select>
        {errors.sex?.message ? (
          <p id="invite-sex-error" className="field__error">
            {errors.sex.message}
          </p>
        ) : null}
      </div>
      {clinics.length > 1 ? (
        <div className="field">
          <label htmlFor="invite-organizationId" className="field__label">
            {t('staff.clinic')}
          </label>
          <select id="invite-organizationId" className="field__select" {...form.register('organizationId')}>
            {clinics.map((clinic) => (
              <option key={clinic.id} value={clinic.id}>
                {clinic.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="button button--primary" disabled={invite.isPending || !clinics.length}>
        {t('staff.invite')}
      </button>
    </form>
  );
}
