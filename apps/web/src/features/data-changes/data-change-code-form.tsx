import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { CodeActions } from '../../shared/ui/code-actions';
import { FormAlert } from '../../shared/ui/form-alert';
import { TextField } from '../../shared/ui/text-field';
import { dataChangeApi, dataChangeQueries, type TDataChangeRequest } from './data-changes.api';

const CODE_FIELDS = { CODE_INVALID: 'code', CODE_EXPIRED: 'code' } as const;

/** The code sent to the new phone or e-mail of a request, entered to confirm the address is the patient's. */
export function DataChangeCodeForm({
  request,
  onDone,
}: {
  request: TDataChangeRequest;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<{ code: string }>({ defaultValues: { code: '' } });
  const serverErrors = useServerErrors(form, { codeFields: CODE_FIELDS });
  const refresh = () => queryClient.invalidateQueries({ queryKey: dataChangeQueries.mine().queryKey });

  const confirm = useMutation({
    mutationFn: (code: string) => dataChangeApi.confirm(request.id, code),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async () => {
      await refresh();
      onDone(t('dataChange.code.confirmed', { number: request.number }));
    },
  });
  const resend = useMutation({
    mutationFn: () => dataChangeApi.resendCode(request.id),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: () => onDone(t('dataChange.code.resent')),
  });

  const id = `data-change-code-${request.id}`;
  return (
    <form
      className="form form--inline"
      noValidate
      onSubmit={(event) => void form.handleSubmit(({ code }) => confirm.mutate(code.trim()))(event)}
    >
      <FormAlert error={serverErrors.formError} />
      <TextField
        id={id}
        label={t(request.category === 'phone' ? 'dataChange.code.labelPhone' : 'dataChange.code.labelEmail')}
        hint={t('dataChange.code.hint')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        error={form.formState.errors.code?.message}
        {...form.register('code', {
          validate: (value) => (/^\d{6}$/.test(value.trim()) ? true : t('dataChange.code.format')),
        })}
      />
      <CodeActions
        confirmLabel={t('dataChange.code.submit')}
        resendLabel={t('dataChange.code.resend')}
        isConfirming={confirm.isPending}
        isResending={resend.isPending}
        onResend={() => resend.mutate()}
      />
    </form>
  );
}
