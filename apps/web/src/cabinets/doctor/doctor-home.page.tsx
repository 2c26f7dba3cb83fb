import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../features/auth/use-me';
import { ResultsToReview } from '../../features/lab-orders/results-to-review';
import { notificationQueries } from '../../features/notifications/notifications.api';
import { isExpiringSoon, qualificationQueries } from '../../features/staff-qualifications/qualifications.api';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { practiceQueries, todayIso } from './practice-queries';
import { useScheduleEvents } from './use-schedule-events';
import { VisitTable } from './visit-table';

/** «Главная» (issue 12 item 1): today's visits, the results to review, an expiring accreditation (item 7),
 * the unread notifications. */
export function DoctorHomePage() {
  const { t } = useTranslation();
  const { me } = useMe();
  useDocumentTitle(t('practice.home.title'));
  useScheduleEvents(me?.practitionerId);
  const today = useQuery(practiceQueries.schedule(todayIso(), 'day'));
  const unread = useQuery(notificationQueries.unread());
  const expiring = (useQuery(qualificationQueries.list()).data?.items ?? []).filter(isExpiringSoon).length;
  const items = today.data?.items ?? [];
  const arrived = items.filter((item) => item.status === 'arrived').length;
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!today.isPending}>
        {t('practice.home.title', { name: me?.displayName ?? '' })}
      </PageHeading>
      <section aria-labelledby="home-today" className="doctor-panel">
        <h2 id="home-today">{t('practice.home.today')}</h2>
        {today.isPending ? (
          <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
        ) : today.isError ? (
          <ErrorMessage error={today.error} onRetry={() => void today.refetch()} headingLevel={3} />
        ) : items.length === 0 ? (
          <p>{t('practice.schedule.emptyDay')}</p>
        ) : (
          <>
            <p>{t('practice.home.summary', { count: items.length, arrived })}</p>
            <VisitTable items={items} caption={t('practice.home.today')} isCompact />
          </>
        )}
        <p>
          <Link to="/doctor/schedule">{t('practice.home.toSchedule')}</Link>
        </p>
      </section>
      <section aria-labelledby="home-results" className="doctor-panel">
        <h2 id="home-results">{t('labs.review.title')}</h2>
        <ResultsToReview level={3} max={5} />
      </section>
      {expiring > 0 ? (
        <section aria-labelledby="home-accreditation" className="doctor-panel">
          <h2 id="home-accreditation">{t('practice.home.accreditation')}</h2>
          <p>
            {t('practice.home.accreditationTask', { count: expiring })}{' '}
            <Link to="/doctor/settings/qualifications">{t('practice.home.toQualifications')}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="home-notifications" className="doctor-panel">
        <h2 id="home-notifications">{t('practice.home.notifications')}</h2>
        <p>
          {unread.data ? t('practice.home.unread', { count: unread.data }) : t('practice.home.noUnread')}{' '}
          <Link to="/notifications">{t('practice.home.toNotifications')}</Link>
        </p>
      </section>
    </div>
  );
}
