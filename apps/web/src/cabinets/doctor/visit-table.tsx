import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { wallTime } from '../../shared/ui/dates';
import { describeError } from '../../shared/ui/error-message';
import { cardPath, practiceApi, type TPractitionerAppointment, visitPath } from './practice-queries';

interface VisitTableProps {
  items: readonly TPractitionerAppointment[];
  caption: string;
  /** The week's table names the day of each visit. */
  showDate?: boolean;
  /** The home page's short list: no outcome buttons. */
  isCompact?: boolean;
}

const ACTIVE = new Set(['booked', 'confirmed', 'arrived']);

/**
 * The practitioner's visits as a table: time, patient (a link to the card), age, reason, status with the
 * arrival; per visit «Начать приём», and once it has started «Приём состоялся» / «Не пришёл».
 */
export function VisitTable({ items, caption, showDate = false, isCompact = false }: VisitTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const outcome = useMutation({
    mutationFn: ({ id, value }: { id: string; value: 'fulfilled' | 'noshow' }) =>
      practiceApi.outcome(id, value),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['account', 'practice', 'schedule'] }),
  });
  const now = Date.now();
  return (
    <>
      {outcome.isError ? (
        <div className="notice notice--error" role="alert">
          <p>{describeError(outcome.error, t)}</p>
        </div>
      ) : null}
      <table className="doctor-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('practice.schedule.time')}</th>
            <th scope="col">{t('practice.schedule.patient')}</th>
            <th scope="col">{t('practice.schedule.age')}</th>
            <th scope="col">{t('practice.schedule.reason')}</th>
            <th scope="col">{t('practice.schedule.status')}</th>
            <th scope="col">{t('practice.schedule.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const hasStarted = Date.parse(item.startsAt) <= now;
            const isActive = ACTIVE.has(item.status);
            return (
              <tr
                key={item.id}
                className={item.status === 'arrived' ? 'doctor-table__row--arrived' : undefined}
              >
                <td>
                  {showDate ? `${item.localDate.split('-').reverse().join('.')} ` : ''}
                  {wallTime(item.startsAt)}
                </td>
                <th scope="row">
                  <Link to={cardPath(item.patient.id, isActive ? item.id : undefined)} lang="ru">
                    {item.patient.fullName}
                  </Link>
                </th>
                <td>{t('practice.schedule.years', { count: item.patient.age })}</td>
                <td>{item.reason ?? '—'}</td>
                <td>{t(`booking.statuses.${item.status}`)}</td>
                <td>
                  {isActive && !isCompact ? (
                    <div className="doctor-actions">
                      {item.visitType === 'video' ? (
                        <Link
                          className="button button--primary"
                          to={`/visit/${item.id}`}
                          aria-label={`${t('video.doctor.open')}: ${item.patient.fullName}`}
                        >
                          {t('video.doctor.open')}
                        </Link>
                      ) : null}
                      <button
                        type="button"
                        className="button button--primary"
                        aria-label={`${t('practice.visit.start')}: ${item.patient.fullName}`}
                        onClick={() => navigate(visitPath(item.patient.id, item.id))}
                      >
                        {t('practice.visit.start')}
                      </button>
                      {hasStarted ? (
                        <>
                          <button
                            type="button"
                            className="button button--secondary"
                            disabled={outcome.isPending}
                            aria-label={`${t('practice.visit.fulfilled')}: ${item.patient.fullName}`}
                            onClick={() => outcome.mutate({ id: item.id, value: 'fulfilled' })}
                          >
                            {t('practice.visit.fulfilled')}
                          </button>
                          {item.status !== 'arrived' ? (
                            <button
                              type="button"
                              className="button button--secondary"
                              disabled={outcome.isPending}
                              aria-label={`${t('practice.visit.noshow')}: ${item.patient.fullName}`}
                              onClick={() => outcome.mutate({ id: item.id, value: 'noshow' })}
                            >
                              {t('practice.visit.noshow')}
                            </button>
                          ) : null}
                        </>
                      ) : null}
                    </div>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
