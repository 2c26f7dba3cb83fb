import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, dataOf } from '../../shared/api-client';
import { useServerErrors } from '../../shared/forms/server-errors';
import { usePreferences } from '../../shared/preferences/use-preferences';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { attachmentApi, attachmentQueries, type TAttachmentRequest } from './attachment.api';
import '../account/account.css';

const SCAN_ACCEPT = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
const MAX_SCAN_BYTES = 5 * 1024 * 1024;

interface AttachmentValues {
  organizationId: string;
  district: string;
  reason: string;
  moved: boolean;
}

const CODE_FIELDS = {
  ATTACHMENT_SCAN_INVALID: 'reason',
  ATTACHMENT_ORGANIZATION_UNKNOWN: 'organizationId',
  ATTACHMENT_ALREADY_ATTACHED: 'organizationId',
} as const;

/**
 * `/attachment` (issue 13 item 2): apply to attach to a clinic — the clinic (preselected when a booking
 * refusal `NOT_ATTACHED` led here), the district if known, why, «я переехал(а)», the scan of the signed
 * application — and the requests with their status and the registry's comment.
 */
export function AttachmentPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { regionCode } = usePreferences();
  const [preselected] = useQueryParam('organization');
  // The clinic a refused booking was at comes with the link (`?organization=`).
  const mine = useQuery(attachmentQueries.mine());
  const clinics = useQuery({
    queryKey: ['directory', 'organizations', 'attachment', regionCode],
    queryFn: ({ signal }) =>
      dataOf(
        api.GET('/api/v1/organizations', {
          params: { query: { region: regionCode ?? '', page: 1, pageSize: 100 } },
          signal,
        }),
      ),
    enabled: Boolean(regionCode),
  });
  const chosen = useQuery({ ...attachmentQueries.clinic(preselected), enabled: Boolean(preselected) });
  const [status, setStatus] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const [scanError, setScanError] = useState<string | null>(null);
  const scanRef = useRef<HTMLInputElement>(null);
  useDocumentTitle(t('attachment.title'));

  const form = useForm<AttachmentValues>({
    defaultValues: { organizationId: preselected, district: '', reason: '', moved: false },
  });
  const serverErrors = useServerErrors(form, { codeFields: CODE_FIELDS });
  const send = useMutation({
    mutationFn: async (values: AttachmentValues) => {
      const scanUploadId = scan ? (await attachmentApi.uploadScan(scan)).id : null;
      return attachmentApi.create({
        organizationId: values.organizationId,
        district: values.district.trim() || null,
        reason: values.reason.trim(),
        moved: values.moved,
        scanUploadId,
      });
    },
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (created) => {
      setStatus(t('attachment.sent', { number: created.number }));
      await queryClient.invalidateQueries({ queryKey: attachmentQueries.mine().queryKey });
    },
  });
  const submit = form.handleSubmit((values) => {
    if (scanError) {
      scanRef.current?.focus();
      return;
    }
    send.mutate(values);
  });

  const options = new Map<string, string>();
  if (chosen.data) options.set(chosen.data.id, chosen.data.name);
  for (const clinic of clinics.data?.items ?? []) options.set(clinic.id, clinic.name);
  const requests = mine.data?.items ?? [];
  const open = requests.find((request) => request.status === 'submitted');

  return (
    <div className="page account-page">
      <PageHeading>{t('attachment.title')}</PageHeading>
      <p className="page-lead">{t('attachment.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      {mine.isError ? <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {requests.length > 0 ? (
        <section aria-labelledby="attachment-requests">
          <h2 id="attachment-requests" className="section">
            {t('attachment.requests')}
          </h2>
          <ul className="record-list">
            {requests.map((request) => (
              <RequestItem key={request.id} request={request} language={i18n.language} />
            ))}
          </ul>
        </section>
      ) : null}
      {open ? (
        <p className="hint">{t('attachment.waiting')}</p>
      ) : (
        <section aria-labelledby="attachment-form">
          <h2 id="attachment-form" className="section">
            {t('attachment.apply')}
          </h2>
          <form className="form" onSubmit={(event) => void submit(event)} noValidate>
            <FormAlert error={serverErrors.formError} />
            <Controller
              control={form.control}
              name="organizationId"
              rules={{ required: t('attachment.validation.clinic') }}
              render={({ field, fieldState }) => (
                <SelectField
                  id="attachment-organizationId"
                  label={t('attachment.form.clinic')}
                  value={field.value}
                  onChange={field.onChange}
                  options={[
                    { value: '', label: t('attachment.form.clinicPlaceholder') },
                    ...[...options].map(([value, label]) => ({ value, label })),
                  ]}
                  error={fieldState.error?.message}
                />
              )}
            />
            <TextField
              id="attachment-district"
              label={t('attachment.form.district')}
              hint={t('attachment.form.districtHint')}
              error={form.formState.errors.district?.message}
              maxLength={20}
              autoComplete="off"
              {...form.register('district')}
            />
            <TextAreaField
              id="attachment-reason"
              label={t('attachment.form.reason')}
              hint={t('attachment.form.reasonHint')}
              error={form.formState.errors.reason?.message}
              maxLength={1000}
              rows={3}
              {...form.register('reason', {
                validate: (value) => (value.trim().length >= 3 ? true : t('attachment.validation.reason')),
              })}
            />
            <div className="field">
              <label className="choice">
                <input
                  id="attachment-moved"
                  type="checkbox"
                  aria-describedby={
                    form.formState.errors.moved
                      ? 'attachment-moved-hint attachment-moved-error'
                      : 'attachment-moved-hint'
                  }
                  aria-invalid={form.formState.errors.moved ? true : undefined}
                  {...form.register('moved')}
                />
                {t('attachment.form.moved')}
              </label>
              <p className="field__hint" id="attachment-moved-hint">
                {t('attachment.form.movedHint')}
              </p>
              {form.formState.errors.moved?.message ? (
                <p className="field__error" id="attachment-moved-error">
                  {form.formState.errors.moved.message}
                </p>
              ) : null}
            </div>
            <TextField
              ref={scanRef}
              id="attachment-scan"
              type="file"
              accept={SCAN_ACCEPT}
              label={t('attachment.form.scan')}
              hint={t('attachment.form.scanHint')}
              error={scanError}
              onChange={(event) => {
                const file = event.target.files?.[0] ?? null;
                setScan(file);
                setScanError(
                  file && file.size > MAX_SCAN_BYTES ? t('attachment.validation.scanTooLarge') : null,
                );
              }}
            />
            <div className="form__actions">
              <button type="submit" className="button button--primary" disabled={send.isPending}>
                {send.isPending ? t('attachment.form.submitting') : t('attachment.form.submit')}
              </button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}

function RequestItem({ request, language }: { request: TAttachmentRequest; language: string }) {
  const { t } = useTranslation();
  return (
    <li className="record-list__item">
      <h3 className="record-list__title">
        {t('attachment.requestTitle', { number: request.number, clinic: request.organization.name })}
      </h3>
      <dl className="record-list__facts">
        <div>
          <dt>{t('attachment.status')}</dt>
          <dd>{request.statusLabel}</dd>
        </div>
        {request.district ? (
          <div>
            <dt>{t('attachment.form.district')}</dt>
            <dd>{request.district}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('attachment.createdAt')}</dt>
          <dd>{formatMoscowDateTime(request.createdAt, language)}</dd>
        </div>
        {request.comment ? (
          <div>
            <dt>{t('attachment.comment')}</dt>
            <dd>{request.comment}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}
