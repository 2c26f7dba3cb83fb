import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { ErrorMessage } from '../../shared/ui/error-message';
import { integrationApi, type TIntegrationClient } from './integrations.api';

const COLUMNS = ['name', 'organization', 'scopes', 'method', 'status', 'created', 'actions'] as const;

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

/** The clients with their organisation, scopes, method, status and date; «Отозвать» on the active ones. */
export function ClientsTable({
  clients,
  onRevoked,
}: {
  clients: readonly TIntegrationClient[];
  onRevoked: (client: TIntegrationClient) => void;
}) {
  const { t, i18n } = useTranslation();
  const when = (at: string) =>
    new Date(at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const rows = clients.map((client) => (
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
        {client.revokedAt
          ? t('adminIntegrations.revokedAt', { at: when(client.revokedAt) })
          : t(`adminIntegrations.statuses.${client.status}`)}
      </td>
      <td>{when(client.createdAt)}</td>
      <td>
        {client.status === 'active' ? (
          <RevokeClient client={client} onRevoked={() => onRevoked(client)} />
        ) : (
          '—'
        )}
      </td>
    </tr>
  ));
  return (
    <div className="admin-integrations__scroll">
      <table className="admin-integrations__table" aria-labelledby="integrations-list">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`adminIntegrations.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
