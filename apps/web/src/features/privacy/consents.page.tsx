import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatMoscowDate, formatMoscowDateTime } from '../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { privacyApi, privacyQueries } from './privacy.api';
import type { TConsent } from './privacy.types';
import '../auth/auth.css';
import '../account/account.css';

/** `/account/consents`: the consents given, each revocable; revoking the personal-data one starts deletion. */
export function ConsentsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const consents = useQuery(privacyQueries.consents());
  useDocumentTitle(t('consents.title'));

  const revoke = useMutation({
    mutationFn: (consent: TConsent) => privacyApi.revokeConsent(consent.id),
    onSuccess: async ({ deletionRequest }) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: privacyQueries.consents().queryKey }),
        queryClient.invalidateQueries({ queryKey: privacyQueries.dataRequests().queryKey }),
      ]);
      setStatus(
        deletionRequest
          ? t('consents.deletionStarted', { date: formatMoscowDate(deletionRequest.dueAt, i18n.language) })
          : t('consents.revoked'),
      );
      // The pressed button is gone with the consent's active state: continue from the list's heading.
      headingRef.current?.focus();
    },
  });

  const items = consents.data?.items ?? [];
  return (
    <div className="page account-page">
      <PageHeading>{t('consents.title')}</PageHeading>
      <p className="page-lead">{t('consents.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <h2 ref={headingRef} tabIndex={-1}>
        {t('consents.listTitle')}
      </h2>
      {consents.isError ? (
        <ErrorMessage error={consents.error} onRetry={() => void consents.refetch()} />
      ) : null}
      {consents.isPending ? <p>{t('common.loading')}</p> : null}
      {consents.isSuccess && items.length === 0 ? <p className="hint">{t('consents.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="record-list">
          {items.map((consent) => {
            const purpose = t(`consents.purpose.${consent.purpose}`);
            const granted = formatMoscowDate(consent.grantedAt, i18n.language);
            return (
              <li key={consent.id} className="record-list__item">
                <h3 className="record-list__title">
                  {purpose}
                  <span className={consent.revokedAt ? 'badge badge--muted' : 'badge'}>
                    {consent.revokedAt ? t('consents.revokedState') : t('consents.active')}
                  </span>
                </h3>
                <dl className="record-list__facts">
                  {consent.organization ? (
                    <div>
                      <dt>{t('consents.organization')}</dt>
                      <dd lang="ru">{consent.organization.name}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('consents.grantedAt')}</dt>
                    <dd>{formatMoscowDateTime(consent.grantedAt, i18n.language)}</dd>
                  </div>
                  <div>
                    <dt>{t('consents.version')}</dt>
                    <dd>{consent.textVersion}</dd>
                  </div>
                  {consent.revokedAt ? (
                    <div>
                      <dt>{t('consents.revokedAt')}</dt>
                      <dd>{formatMoscowDateTime(consent.revokedAt, i18n.language)}</dd>
                    </div>
                  ) : null}
                </dl>
                {consent.purpose === 'personal_data' && !consent.revokedAt ? (
                  <p className="hint">{t('consents.revokePersonalData')}</p>
                ) : null}
                {consent.revokedAt ? null : (
                  <div>
                    <ConfirmAction
                      label={t('consents.revoke')}
                      labelDetail={t('consents.revokeWhich', { purpose, date: granted })}
                      question={
                        <>
                          {t('consents.revokeQuestion', { purpose })}
                          {consent.purpose === 'personal_data' ? (
                            <>
                              {' '}
                              <strong>{t('consents.revokePersonalData')}</strong>
                            </>
                          ) : null}
                        </>
                      }
                      confirmLabel={t('consents.revokeConfirm')}
                      isPending={revoke.isPending}
                      error={
                        revoke.isError && revoke.variables?.id === consent.id
                          ? describeError(revoke.error, t)
                          : null
                      }
                      onConfirm={() => revoke.mutate(consent)}
                    />
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
