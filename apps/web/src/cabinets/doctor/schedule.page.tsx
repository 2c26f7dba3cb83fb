import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../features/auth/use-me';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { cardPath, nextArrived, practiceQueries, type TScheduleView, todayIso } from './practice-queries';
import { useScheduleEvents } from './use-schedule-events';
import { VisitTable } from './visit-table';

/**
 * «Расписание» (issue 12 item 2): the practitioner's visits of a day (`?date=`, today by default) or its
 * week, live: a booking, a cancellation or a freed slot reloads it; the next arrived patient first.
 */
export function SchedulePage({ view }: { view: TScheduleView }) {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const [dateParam, setDate] = useQueryParam('date');
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateParam) ? dateParam : todayIso();
  useDocumentTitle(t('practice.schedule.title'));
  useScheduleEvents(me?.practitionerId);
  const schedule = useQuery(practiceQueries.schedule(date, view));
  const items = schedule.data?.items ?? [];
  const next = view === 'day' ? nextArrived(items) : undefined;
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!schedule.isPending}>{t('practice.schedule.title')}</PageHeading>
      <div className="field doctor-date">
        <label htmlFor="schedule-date">{t('practice.schedule.date')}</label>
        <input
          id="schedule-date"
          type="date"
          value={date}
          onChange={(event) => event.target.value && setDate(event.target.value)}
        />
      </div>
      {next ? (
        <p className="doctor-next">
          {t('practice.schedule.next')}{' '}
          <Link to={cardPath(next.patient.id, next.id)} className="button button--primary">
            {t('practice.schedule.openCard', { name: next.patient.fullName })}
          </Link>
        </p>
      ) : null}
      {schedule.isPending ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : schedule.isError ? (
        <ErrorMessage error={schedule.error} onRetry={() => void schedule.refetch()} />
      ) : items.length === 0 ? (
        <p className="page-lead">
          {t(view === 'day' ? 'practice.schedule.emptyDay' : 'practice.schedule.emptyWeek')}
        </p>
      ) : (
        <VisitTable
          items={items}
          showDate={view === 'week'}
          caption={t(view === 'day' ? 'practice.schedule.caption' : 'practice.schedule.captionWeek', { day })}
        />
      )}
    </div>
  );
}
