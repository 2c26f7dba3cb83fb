import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { CARD_SECTIONS, type CardSectionId } from '../../features/medical-card/card-sections';
import '../../features/medical-card/medical-card.css';
import { CARD_PANELS } from '../../features/medical-card/card-panels';
import { FollowUpBooking } from '../../features/staff-registry-desk/follow-up-booking';
import { ApiError } from '../../shared/api-client';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { EmergencyAccessForm } from './emergency-access-form';
import { practiceQueries, visitPath } from './practice-queries';

/**
 * The patient's card in the doctor's cabinet (issue 12 item 3): who the patient is and the whole medical
 * record, read from the same `/api/v1/records/*` as the patient's own card, behind the access policy (care
 * relation or emergency access; every read audited). A patient outside care is "not found": the page offers
 * emergency access with a reason. Opened from the schedule (`?appointmentId=`) it offers «Начать приём».
 */
export function PatientCardPage() {
  const { t, i18n } = useTranslation();
  const { patientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const appointmentId = params.get('appointmentId');
  const sectionId = (CARD_SECTIONS.find((s) => s.id === params.get('section'))?.id ??
    'overview') as CardSectionId;
  const card = useQuery(practiceQueries.card(patientId));
  const name = card.data
    ? [card.data.surname, card.data.name, card.data.patronymic].filter(Boolean).join(' ')
    : '';
  useDocumentTitle(name ? `${name} — ${t('practice.card.title')}` : t('practice.card.title'));

  if (card.isPending) return <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>;
  if (card.isError) {
    if (card.error instanceof ApiError && card.error.status === 404) {
      return (
        <div className="page doctor-page">
          <PageHeading>{t('practice.card.notInCare')}</PageHeading>
          <p className="page-lead">{t('practice.card.notInCareLead')}</p>
          <EmergencyAccessForm patientId={patientId} onGranted={() => void card.refetch()} />
        </div>
      );
    }
    return <ErrorMessage error={card.error} onRetry={() => void card.refetch()} />;
  }
  const Panel = CARD_PANELS[sectionId];
  const section = CARD_SECTIONS.find((s) => s.id === sectionId)!;
  const select = (id: CardSectionId) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('section', id);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  return (
    <div className="page doctor-page medical-card">
      <PageHeading>
        <span lang="ru">{name}</span>
      </PageHeading>
      <p className="page-lead">
        {t('practice.card.born', { date: formatCalendarDate(card.data.birthDate, i18n.language) })}
        {card.data.snils ? ` · ${t('practice.card.snils', { snils: card.data.snils })}` : ''}
        {card.data.accessBasis === 'emergency' ? ` · ${t('practice.card.emergency')}` : ''}
      </p>
      {appointmentId ? (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate(visitPath(patientId, appointmentId))}
          >
            {t('practice.visit.start')}
          </button>
        </p>
      ) : null}
      <p>
        <Link className="button button--secondary" to={`/doctor/documents/new?patientId=${patientId}`}>
          {t('practitionerDocuments.write')}
        </Link>
      </p>
      {card.data.accessBasis === 'care' ? <FollowUpBooking patientId={patientId} /> : null}
      <nav className="link-tabs" aria-label={t('card.sections')}>
        <ul>
          {CARD_SECTIONS.map((s) => (
            <li key={s.id}>
              <a
                href={`?section=${s.id}${appointmentId ? `&appointmentId=${encodeURIComponent(appointmentId)}` : ''}`}
                className={`link-tabs__link${s.id === sectionId ? ' active' : ''}`}
                aria-current={s.id === sectionId ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  select(s.id);
                }}
              >
                {t(s.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section className="card-panel" aria-labelledby="card-panel-heading">
        <h2 id="card-panel-heading">{t(section.label)}</h2>
        <Panel key={patientId} patientId={patientId} />
      </section>
    </div>
  );
}
