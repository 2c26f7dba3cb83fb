import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { ClientSecretDialog } from './client-secret-dialog';
import { integrationApi, integrationQueries, type TIntegrationClient } from './integrations.api';
import { RegisterClientForm } from './register-client-form';
import './admin-integrations.css';

/** «Отозвать» of one active client, confirmed in place. */
function RevokeClient({ client, onRevoked }: { client: TIntegrationClient; onRevoked: () => void }) {
  const { t } = useTranslation();
  const revoke = useMutation({ mutationFn: () => integrationApi.revoke(client.id), onSuccess: onRevoked });
  return (
    <ConfirmAction
      label={t('adminIntegrations.revoke')}
      labelDetail={client.name}
      question={t('adminIntegrations.revokeQuestion', { name: client.name })}
      confirmLabel={t('adminIntegrations.revokeConfirm')}
      isPending={revoke.isPending}
      error={revoke.isError ? <ErrorMessage error={revoke.error} /> : undefined}
      onConfirm={() => revoke.mutate()}
    />
  );
}

/**
 * `/admin/integrations` — «Интеграции» (issue 13 «integration clients», issue 14 item 1): the system admin's
 * machine clients of the FHIR and HL7 APIs with their scopes and status; registering one (its secret shown
 * once, in a dialog) and revoking one.
 */
export function IntegrationsPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('adminIntegrations.pageTitle'));
  const queryClient = useQueryClient();
  const clients = useQuery(integrationQueries.list());
  const [message, setMessage] = useState('');
  const [shown, setShown] = useState<{ clientId: string; clientSecret: string } | null>(null);
  const refresh = (text: string) => {
    setMessage(text);
    void queryClient.invalidateQueries({ queryKey: ['admin-integration-clients'] });
  };
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <div className="page">
      <PageHeading isReady={!clients.isPending}>{t('adminIntegrations.pageTitle')}</PageHeading>
      <LiveStatus>{message}</LiveStatus>
      <section className="section" aria-labelledby="integrations-register">
        <h2 id="integrations-register">{t('adminIntegrations.registerTitle')}</h2>
        <RegisterClientForm
          onRegistered={(result) => {
            refresh(t('adminIntegrations.registered', { name: result.name }));
            if (result.clientSecret)
              setShown({ clientId: result.clientId, clientSecret: result.clientSecret });
          }}
        />
      </section>
      <ClientSecretDialog credentials={shown} onClose={() => setShown(null)} />
      <section className="section" aria-labelledby="integrations-list">
        <h2 id="integrations-list">{t('adminIntegrations.listTitle')}</h2>
        {clients.isError ? (
          <ErrorMessage error={clients.error} onRetry={() => void clients.refetch()} />
        ) : null}
        {clients.data && !clients.data.items.length ? <p>{t('adminIntegrations.empty')}</p> : null}
        {clients.data?.items.length ? (
          <div className="admin-integrations__scroll">
            <table className="admin-integrations__table">
              <caption className="visually-hidden">{t('adminIntegrations.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminIntegrations.name')}</th>
                  <th scope="col">{t('adminIntegrations.organization')}</th>
                  <th scope="col">{t('adminIntegrations.scopes')}</th>
                  <th scope="col">{t('adminIntegrations.method')}</th>
                  <th scope="col">{t('adminIntegrations.status')}</th>
                  <th scope="col">{t('adminIntegrations.created')}</th>
                  <th scope="col">{t('adminIntegrations.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {clients.data.items.map((client) => (
                  <tr key={client.id}>
                    <th scope="row">
                      {client.name}
                      <br />
                      <code>{client.id}</code>
                    </th>
                    <td>{client.organizationName ?? t('adminIntegrations.regionWide')}</td>
                    <td>
                      <ul className="admin-integrations__scopes">
                        {client.allowedScopes.map((scope) => (
                          <li key={scope}>{scope}</li>
                        ))}
                      </ul>
                    </td>
                    <td>{t(`adminIntegrations.methods.${client.authMethod}`)}</td>
                    <td>
                      {client.status === 'revoked' && client.revokedAt
                        ? t('adminIntegrations.revokedAt', { at: when(client.revokedAt) })
                        : t(`adminIntegrations.statuses.${client.status}`)}
                    </td>
                    <td>{when(client.createdAt)}</td>
                    <td>
                      {client.status === 'active' ? (
                        <RevokeClient
                          client={client}
                          onRevoked={() => refresh(t('adminIntegrations.revoked', { name: client.name }))}
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
