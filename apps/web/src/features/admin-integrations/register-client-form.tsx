import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { ClinicSelect } from '../admin-clinics/clinic-select';
import { integrationApi, type TIntegrationClientBody } from './integrations.api';

interface RegisterValues {
  name: string;
  organizationId: string;
  allowedScopes: string;
  authMethod: 'client_secret_basic' | 'private_key_jwt';
  jwks: string;
  jwksUrl: string;
}

const DEFAULTS: RegisterValues = {
  name: '',
  organizationId: '',
  allowedScopes: '',
  authMethod: 'client_secret_basic',
  jwks: '',
  jwksUrl: '',
};

/** Refusals that concern one field: the problem's `detail` goes under it. */
const CODE_FIELDS = {
  INTEGRATION_CLIENT_SCOPE_INVALID: 'allowedScopes',
  INTEGRATION_CLIENT_JWKS_URL_INVALID: 'jwksUrl',
  INTEGRATION_CLIENT_ORGANIZATION_UNKNOWN: 'organizationId',
} as const;

const parseJwks = (text: string): TIntegrationClientBody['jwks'] | undefined => {
  try {
    return JSON.parse(text) as TIntegrationClientBody['jwks'];
  } catch {
    return undefined;
  }
};

/**
 * «Зарегистрировать клиента»: a name, the organisation's id (optional), the allowed SMART v2 scopes one per
 * line or space-separated, and the means of authentication — a secret (made by the server) or public keys
 * given inline (JWKS) or at an https address.
 */
export function RegisterClientForm({
  onRegistered,
}: {
  onRegistered: (result: { clientId: string; clientSecret: string | null; name: string }) => void;
}) {
  const { t } = useTranslation();
  const form = useForm<RegisterValues>({ defaultValues: DEFAULTS });
  const serverErrors = useServerErrors(form, { codeFields: CODE_FIELDS });
  const register = useMutation({
    mutationFn: (body: TIntegrationClientBody) => integrationApi.register(body),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: (answer) => {
      form.reset(DEFAULTS);
      onRegistered({
        clientId: answer.client.id,
        clientSecret: answer.clientSecret,
        name: answer.client.name,
      });
    },
  });
  const errors = form.formState.errors;
  const method = form.watch('authMethod');
  const required = (v: string) => (v.trim() ? true : t('adminIntegrations.required'));
  const submit = (values: RegisterValues) => {
    const usesKeys = values.authMethod === 'private_key_jwt';
    const jwks = usesKeys && values.jwks.trim() ? parseJwks(values.jwks) : null;
    if (jwks === undefined) {
      form.setError('jwks', { message: t('adminIntegrations.jwksInvalid') });
      return;
    }
    register.mutate({
      name: values.name,
      organizationId: values.organizationId.trim() || null,
      allowedScopes: values.allowedScopes.split(/\s+/).filter(Boolean),
      authMethod: values.authMethod,
      jwks,
      jwksUrl: usesKeys && values.jwksUrl.trim() ? values.jwksUrl.trim() : null,
    });
  };
  return (
    <form className="form" noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
      <FormAlert error={serverErrors.formError} />
      <TextField
        id="integration-name"
        label={t('adminIntegrations.name')}
        autoComplete="off"
        error={errors.name?.message}
        {...form.register('name', { validate: required })}
      />
      <Controller
        control={form.control}
        name="organizationId"
        render={({ field }) => (
          <ClinicSelect
            id="integration-organizationId"
            value={field.value}
            onChange={field.onChange}
            anyLabel={t('adminIntegrations.regionWide')}
          />
        )}
      />
      <TextAreaField
        id="integration-allowedScopes"
        label={t('adminIntegrations.scopes')}
        hint={t('adminIntegrations.scopesHint')}
        rows={4}
        error={errors.allowedScopes?.message}
        {...form.register('allowedScopes', { validate: required })}
      />
      <fieldset className="field">
        <legend className="field__label">{t('adminIntegrations.method')}</legend>
        <label className="checkbox">
          <input type="radio" value="client_secret_basic" {...form.register('authMethod')} />{' '}
          {t('adminIntegrations.methods.client_secret_basic')}
        </label>
        <label className="checkbox">
          <input type="radio" value="private_key_jwt" {...form.register('authMethod')} />{' '}
          {t('adminIntegrations.methods.private_key_jwt')}
        </label>
      </fieldset>
      {method === 'private_key_jwt' ? (
        <>
          <TextAreaField
            id="integration-jwks"
            label={t('adminIntegrations.jwks')}
            hint={t('adminIntegrations.jwksHint')}
            rows={5}
            error={errors.jwks?.message}
            {...form.register('jwks')}
          />
          <TextField
            id="integration-jwksUrl"
            label={t('adminIntegrations.jwksUrl')}
            hint={t('adminIntegrations.jwksUrlHint')}
            autoComplete="off"
            inputMode="url"
            error={errors.jwksUrl?.message}
            {...form.register('jwksUrl')}
          />
        </>
      ) : null}
      <button type="submit" className="button button--primary" disabled={register.isPending}>
        {t('adminIntegrations.register')}
      </button>
    </form>
  );
}
