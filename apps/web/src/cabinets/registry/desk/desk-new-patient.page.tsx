import { zodResolver } from '@hookform/resolvers/zod';
import { ZWalkInRegistration, type z } from '@talon/contracts';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { deskApi } from '../../../features/staff-registry-desk/registry-desk.api';
import { ApiError } from '../../../shared/api-client';
import { useServerErrors } from '../../../shared/forms/server-errors';
import { FormAlert } from '../../../shared/ui/form-alert';
import { PageHeading } from '../../../shared/ui/page-heading';
import { FieldError, TextField } from '../../../shared/ui/text-field';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import './registry-desk.css';

type Values = z.output<typeof ZWalkInRegistration>;
type FormValues = z.input<typeof ZWalkInRegistration>;

const empty: FormValues = {
  surname: '',
  name: '',
  patronymic: '',
  birthDate: '',
  // No sex is preselected: the registrar chooses it from the passport (the schema refuses none).
  sex: undefined as unknown as FormValues['sex'],
  snils: '',
  passport: '',
  address: '',
};

/** The card already on file when the server answers `PATIENT_ALREADY_EXISTS`. */
function existingPatientId(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'PATIENT_ALREADY_EXISTS') return null;
  const body = error.body as { patientId?: unknown } | null;
  return typeof body?.patientId === 'string' ? body.patientId : null;
}

/**
 * `/registry/patients/new`: a walk-in without a phone or e-mail, typed from the passport and SNILS on the
 * desk (issue 13). The person's page opens next, for the keyboard booking and the ticket. A SNILS already
 * on file offers that person's page instead of a second card.
 */
export function DeskNewPatientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('registry.desk.newPatientTitle'));
  const form = useForm<FormValues, unknown, Values>({
    resolver: zodResolver(ZWalkInRegistration),
    defaultValues: empty,
  });
  const serverErrors = useServerErrors(form);
  const register = useMutation({
    mutationFn: (values: Values) => deskApi.registerWalkIn(values),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: ({ id }) => void navigate(`/registry/patients/${id}`),
  });
  const errors = form.formState.errors;
  const existing = existingPatientId(register.error);
  const field = (name: Exclude<keyof FormValues, 'sex' | 'organizationId'>) => ({
    id: `walk-in-${name}`,
    error: errors[name]?.message,
    ...form.register(name),
  });
  return (
    <div className="page registry-desk">
      <PageHeading>{t('registry.desk.newPatientTitle')}</PageHeading>
      <p>{t('registry.desk.newPatientIntro')}</p>
      <form noValidate onSubmit={form.handleSubmit((values) => register.mutate(values))}>
        <fieldset className="form__group">
          <legend className="form__legend">{t('registry.desk.person')}</legend>
          <TextField {...field('surname')} label={t('registry.desk.surname')} autoComplete="off" required />
          <TextField {...field('name')} label={t('registry.desk.name')} autoComplete="off" required />
          <TextField {...field('patronymic')} label={t('registry.desk.patronymic')} autoComplete="off" />
          <TextField
            {...field('birthDate')}
            label={t('registry.desk.birthDate')}
            hint={t('registry.desk.birthDateHint')}
            inputMode="decimal"
            autoComplete="off"
            required
          />
          <fieldset className="radio-group" aria-describedby={errors.sex ? 'walk-in-sex-error' : undefined}>
            <legend className="field__label">{t('registry.desk.sex')}</legend>
            {(['female', 'male'] as const).map((sex) => (
              <label key={sex} className="choice">
                <input type="radio" value={sex} {...form.register('sex')} />
                {t(`registry.desk.sexValue.${sex}`)}
              </label>
            ))}
            <FieldError id="walk-in-sex-error" message={errors.sex ? t('registry.desk.sexRequired') : null} />
          </fieldset>
        </fieldset>
        <fieldset className="form__group">
          <legend className="form__legend">{t('registry.desk.documents')}</legend>
          <TextField
            {...field('snils')}
            label={t('registry.desk.snils')}
            hint={t('registry.desk.snilsHint')}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField
            {...field('passport')}
            label={t('registry.desk.passport')}
            hint={t('registry.desk.passportHint')}
            inputMode="numeric"
            autoComplete="off"
            required
          />
          <TextField {...field('address')} label={t('registry.desk.address')} autoComplete="off" />
        </fieldset>
        {existing ? (
          <div className="notice notice--error form-alert" role="alert">
            <p>{t('registry.desk.exists')}</p>
            <p>
              <Link to={`/registry/patients/${existing}`}>{t('registry.desk.openExisting')}</Link>
            </p>
          </div>
        ) : (
          <FormAlert error={serverErrors.formError} />
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={register.isPending}>
            {register.isPending ? t('registry.desk.registering') : t('registry.desk.register')}
          </button>
        </div>
      </form>
    </div>
  );
}
