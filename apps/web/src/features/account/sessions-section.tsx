import { describeUserAgent } from '@talon/core/identifiers';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import type { TSession } from '../auth/auth.types';
import { useLogout } from '../auth/use-logout';
import { accountApi, accountQueries } from './account.api';

/** «Сеансы»: every device logged in, this one first and marked; the others can be ended one by one. */
export function SessionsSection() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const sessions = useQuery(accountQueries.sessions());
  const logoutAll = useLogout('all');

  const end = useMutation({
    mutationFn: accountApi.endSession,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: accountQueries.sessions().queryKey });
      setStatus(t('security.sessions.ended'));
      // The button pressed is gone with its session: continue from the heading of the list.
      headingRef.current?.focus();
    },
  });

  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const items = [...(sessions.data?.items ?? [])].sort((a, b) => Number(b.current) - Number(a.current));
  const deviceOf = (session: TSession) =>
    describeUserAgent(session.userAgent) ?? t('security.sessions.unknownDevice');

  return (
    <section className="section" aria-labelledby="sessions-title">
      <h2 id="sessions-title" ref={headingRef} tabIndex={-1}>
        {t('security.sessions.title')}
      </h2>
      <p className="hint">{t('security.sessions.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      {sessions.isError ? (
        <ErrorMessage error={sessions.error} onRetry={() => void sessions.refetch()} headingLevel={3} />
      ) : null}
      {sessions.isPending ? <p>{t('common.loading')}</p> : null}
      <FormAlert error={end.error ?? logoutAll.error} />
      <ul className="session-list">
        {items.map((session) => (
          <li key={session.id} className="session-list__item">
            <h3 className="session-list__device">
              {deviceOf(session)}
              {session.current ? <span className="badge">{t('security.sessions.current')}</span> : null}
            </h3>
            <dl className="session-list__facts">
              <div>
                <dt>{t('security.sessions.createdAt')}</dt>
                <dd>{format.format(new Date(session.createdAt))}</dd>
              </div>
              <div>
                <dt>{t('security.sessions.lastSeenAt')}</dt>
                <dd>{format.format(new Date(session.lastSeenAt))}</dd>
              </div>
              {session.ip ? (
                <div>
                  <dt>{t('security.sessions.ip')}</dt>
                  <dd>{session.ip}</dd>
                </div>
              ) : null}
            </dl>
            {session.current ? null : (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => end.mutate(session.id)}
                disabled={end.isPending}
              >
                {t('security.sessions.end')}
                <span className="visually-hidden">
                  {' '}
                  {t('security.sessions.endWhich', {
                    device: deviceOf(session),
                    date: format.format(new Date(session.createdAt)),
                  })}
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => logoutAll.mutate()}
          disabled={logoutAll.isPending}
        >
          {t('security.sessions.logoutAll')}
        </button>
      </p>
    </section>
  );
}
