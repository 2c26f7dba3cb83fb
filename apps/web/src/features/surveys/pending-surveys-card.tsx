import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMoscowDate } from '../../shared/ui/dates';
import { surveyQueries } from './surveys.api';
import './surveys.css';

/**
 * The card «Оцените приём» on «Мои записи» and the visit history: the fulfilled visits of the last 30 days
 * still without a survey, each a link to its page where the form is. Nothing when there are none.
 */
export function PendingSurveysCard() {
  const { t, i18n } = useTranslation();
  const pending = useQuery(surveyQueries.pending());
  const items = pending.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <aside className="card survey-card" aria-labelledby="survey-card-heading">
      <h2 id="survey-card-heading" className="card__title">
        {t('survey.cardTitle')}
      </h2>
      <p>{t('survey.cardLead')}</p>
      <ul>
        {items.map((visit) => (
          <li key={visit.appointmentId}>
            <Link to={`/appointments/${visit.appointmentId}#survey`}>
              {t('survey.cardItem', {
                date: formatMoscowDate(visit.start, i18n.language),
                specialty: visit.specialtyName,
                practitioner: visit.practitionerName,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}
