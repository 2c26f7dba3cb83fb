import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { ClientSecretDialog } from './client-secret-dialog';
import { ClientsTable } from './clients-table';
import { integrationQueries } from './integrations.api';
import { RegisterClientForm } from './register-client-form';
import './admin-integrations.css';

/**
 * `/admin/integrations` — «Интеграции» (issue 13 «integration clients», issue 14 item 1): the system admin's
 * machine clients of the FHIR and HL7 APIs with their scopes and status; registering one (its secret shown
 * once, in a dialog) and revoking one.
 */
export function IntegrationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminIntegrations.pageTitle'));
  const queryClient = useQueryClient();
  const clients = useQuery(integrationQueries.list());
  const [message, setMessage] = useState('');
  const [shown, setShown] = useState<{ clientId: string; clientSecret: string } | null>(null);
  const refresh = (text: string) => {
    setMessage(text);
    void queryClient.invalidateQueries({ queryKey: ['admin-integration-clients'] });
  };

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
        {clients.data?.items.length === 0 ? <p>{t('adminIntegrations.empty')}</p> : null}
        {clients.data?.items.length ? (
          <ClientsTable
            clients={clients.data.items}
            onRevoked={(client) => refresh(t('adminIntegrations.revoked', { name: client.name }))}
          />
        ) : null}
      </section>
    </div>
  );
}
