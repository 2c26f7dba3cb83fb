import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { IncidentList } from '../status/incident-list';
import { statusQueries } from '../status/status.api';
import { IncidentUpdateForm } from './incident-update-form';
import { OpenIncidentForm } from './open-incident-form';
import '../status/status.css';

/**
 * `/admin/status` — system admins write the incidents of the public status page (issue 13 item 5): open one,
 * then post its updates until it is resolved. The open incidents come from the public answer itself.
 */
export function IncidentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('status.admin.pageTitle'));
  const queryClient = useQueryClient();
  const status = useQuery(statusQueries.current());
  const [message, setMessage] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: statusQueries.current().queryKey });
  const open = status.data?.incidents.filter((i) => i.status !== 'resolved') ?? [];

  return (
    <div className="page">
      <PageHeading isReady={!status.isPending}>{t('status.admin.pageTitle')}</PageHeading>
      <p>
        <Link to="/status">{t('status.admin.publicLink')}</Link>
      </p>
      <LiveStatus>{message}</LiveStatus>
      <section className="section" aria-labelledby="incident-new">
        <h2 id="incident-new">{t('status.admin.newIncident')}</h2>
        <OpenIncidentForm
          onOpened={(title) => {
            setMessage(t('status.admin.opened', { title }));
            void refresh();
          }}
        />
      </section>
      <section className="section" aria-labelledby="incident-open">
        <h2 id="incident-open">{t('status.openIncidents')}</h2>
        {status.isError ? <ErrorMessage error={status.error} onRetry={() => void status.refetch()} /> : null}
        {status.data && !open.length ? <p>{t('status.admin.noOpen')}</p> : null}
        {open.map((incident) => (
          <div key={incident.id} className="section">
            <IncidentList incidents={[incident]} />
            <IncidentUpdateForm
              incident={incident}
              onPosted={() => {
                setMessage(t('status.admin.posted', { title: incident.title }));
                void refresh();
              }}
            />
          </div>
        ))}
      </section>
    </div>
  );
}
