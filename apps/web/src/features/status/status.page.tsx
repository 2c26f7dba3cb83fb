import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { IncidentList } from './incident-list';
import { statusQueries } from './status.api';
import { STATE_ICONS } from './status-words';
import './status.css';

/**
 * `/status` — the public status page (issue 13 item 5): no login; each part of the service with its state in
 * words and an icon, open and recent incidents with their updates, «обновлено в …». It refreshes itself every
 * 45 s; the summary line is a polite live region, so a screen reader hears a change of the overall state.
 */
export function StatusPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('status.title'));
  const status = useQuery(statusQueries.current());
  const data = status.data;
  const open = data?.incidents.filter((i) => i.status !== 'resolved') ?? [];
  const recent = data?.incidents.filter((i) => i.status === 'resolved') ?? [];

  return (
    <div className="page status-page">
      <PageHeading isReady={!status.isPending}>{t('status.title')}</PageHeading>
      <LiveStatus className={data ? `status-summary status-summary--${data.state}` : 'status-summary'}>
        {data ? `${STATE_ICONS[data.state]} ${t(`status.overall.${data.state}`)}` : null}
      </LiveStatus>
      {status.isPending ? <p>{t('common.loading')}</p> : null}
      {status.isError ? <ErrorMessage error={status.error} onRetry={() => void status.refetch()} /> : null}
      {data ? (
        <>
          <p className="status-page__checked">
            {t('status.checkedAt', { at: formatMoscowDateTime(data.checkedAt, i18n.language) })}
          </p>
          {open.length ? (
            <section className="section" aria-labelledby="status-open">
              <h2 id="status-open">{t('status.openIncidents')}</h2>
              <IncidentList incidents={open} />
            </section>
          ) : null}
          <section className="section" aria-labelledby="status-components">
            <h2 id="status-components">{t('status.components')}</h2>
            <ul className="status-components">
              {data.components.map((component) => (
                <li key={component.id} className={`status-component status-component--${component.state}`}>
                  <span className="status-component__name">{t(`status.component.${component.id}`)}</span>
                  <span className="status-component__state">
                    <span aria-hidden="true" className="status-component__icon">
                      {STATE_ICONS[component.state]}
                    </span>{' '}
                    {t(`status.state.${component.state}`)}
                  </span>
                </li>
              ))}
            </ul>
            <p className="status-page__note">{t('status.note', { minutes: data.windowMinutes })}</p>
          </section>
          <section className="section" aria-labelledby="status-recent">
            <h2 id="status-recent">{t('status.recentIncidents')}</h2>
            {recent.length ? <IncidentList incidents={recent} /> : <p>{t('status.noRecentIncidents')}</p>}
          </section>
        </>
      ) : null}
    </div>
  );
}
