import { useTranslation } from 'react-i18next';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import type { TIncident } from './status.api';

/** Incidents with their updates, newest update first (what users read first is what is true now). */
export function IncidentList({
  incidents,
  headingLevel = 3,
}: {
  incidents: TIncident[];
  headingLevel?: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="incident-list">
      {incidents.map((incident) => (
        <li key={incident.id} className={`incident incident--${incident.status}`}>
          <Heading className="incident__title">{incident.title}</Heading>
          <p className="incident__meta">
            {t(`status.incidentStatus.${incident.status}`)} · {t(`status.severity.${incident.severity}`)} ·{' '}
            {incident.components.map((c) => t(`status.component.${c}`)).join(', ')}
          </p>
          <ol className="incident__updates" reversed>
            {[...incident.updates].reverse().map((update) => (
              <li key={update.id}>
                <p className="incident__update-meta">
                  <strong>{t(`status.incidentStatus.${update.status}`)}</strong>{' '}
                  <time dateTime={update.at}>{formatMoscowDateTime(update.at, i18n.language)}</time>
                </p>
                <p>{update.text}</p>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
