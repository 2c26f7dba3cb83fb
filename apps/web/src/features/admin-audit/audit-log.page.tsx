import './admin-audit.css';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { adminAuditQueries, type TAuditEvent, type TAuditQuery } from './admin-audit.api';
import { AuditVerify } from './audit-verify';

const PAGE_SIZE = 50;
const FILTERS = ['from', 'to', 'action', 'actor', 'person'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

// The period is in Moscow days, the clinics' zone: from the start of `from` to the end of `to`.
const startOfDay = (day: string) => `${day}T00:00:00+03:00`;
const endOfDay = (day: string) => new Date(Date.parse(startOfDay(day)) + 86_400_000).toISOString();

function toQuery(filters: Filters, page: number): TAuditQuery {
  return {
    from: filters.from ? startOfDay(filters.from) : undefined,
    to: filters.to ? endOfDay(filters.to) : undefined,
    action: filters.action || undefined,
    actor: filters.actor || undefined,
    person: filters.person || undefined,
    page,
    pageSize: PAGE_SIZE,
  };
}

/**
 * `/admin/audit` «Журнал аудита» (issue 13 item 3): who read or changed what. A clinic admin sees the entries
 * of their clinics' staff, a system admin every entry and the chain's check. Filters live in the URL; every
 * search is itself recorded by the server.
 */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('adminAudit.title'));
  const { me } = useMe();
  const isSystemAdmin = me?.roles.some((grant) => grant.role === 'system_admin') ?? false;
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? ''])) as Filters;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [draft, setDraft] = useState<Filters>(applied);
  const events = useQuery({
    ...adminAuditQueries.events(toQuery(applied, page)),
    placeholderData: keepPreviousData,
  });

  const go = (filters: Filters, nextPage: number) => {
    const next = new URLSearchParams();
    for (const name of FILTERS) if (filters[name].trim()) next.set(name, filters[name].trim());
    if (nextPage > 1) next.set('page', String(nextPage));
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(draft, 1);
  };
  const field = (name: keyof Filters) => ({
    id: `audit-${name}`,
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });
  const pages = events.data ? Math.max(1, Math.ceil(events.data.total / PAGE_SIZE)) : 1;
  // The name first (who), then the role and account id a follow-up search by actor needs.
  const who = (event: TAuditEvent) =>
    event.actorAccountId ? (
      <>
        {event.actorName ?? '—'}
        <br />
        <span className="admin-audit__id">{`${event.actorRole ?? '—'} · ${event.actorAccountId}`}</span>
      </>
    ) : (
      t('adminAudit.system')
    );

  return (
    <section className="page admin-audit">
      <PageHeading>{t('adminAudit.title')}</PageHeading>
      <p>{isSystemAdmin ? t('adminAudit.introAll') : t('adminAudit.introClinic')}</p>
      <search>
        <form className="admin-audit__filters" onSubmit={submit} aria-label={t('adminAudit.filters')}>
          <TextField {...field('from')} type="date" label={t('adminAudit.from')} />
          <TextField {...field('to')} type="date" label={t('adminAudit.to')} />
          <TextField {...field('action')} label={t('adminAudit.action')} hint={t('adminAudit.actionHint')} />
          <TextField {...field('actor')} label={t('adminAudit.actor')} hint={t('adminAudit.idHint')} />
          <TextField {...field('person')} label={t('adminAudit.person')} hint={t('adminAudit.idHint')} />
          <div className="field">
            <button type="submit" className="button button--primary">
              {t('common.search')}
            </button>
          </div>
        </form>
      </search>
      <LiveStatus>
        {events.isFetching
          ? t('common.loading')
          : events.data
            ? t('adminAudit.found', { count: events.data.total })
            : ''}
      </LiveStatus>
      {events.isError ? <ErrorMessage error={events.error} onRetry={() => void events.refetch()} /> : null}
      {events.data && events.data.items.length > 0 ? (
        <>
          <div className="admin-audit__scroll">
            <table className="admin-audit__table">
              <caption>{t('adminAudit.caption', { page, pages })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('adminAudit.when')}</th>
                  <th scope="col">{t('adminAudit.who')}</th>
                  <th scope="col">{t('adminAudit.what')}</th>
                  <th scope="col">{t('adminAudit.outcome')}</th>
                  <th scope="col">{t('adminAudit.patient')}</th>
                  <th scope="col">{t('adminAudit.record')}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((event) => (
                  <tr key={event.seq}>
                    <td>{formatMoscowDateTime(event.occurredAt, i18n.language)}</td>
                    <td>{who(event)}</td>
                    <td>{event.action}</td>
                    <td>{t(`adminAudit.outcomes.${event.outcome}`)}</td>
                    <td className="admin-audit__id">{event.subjectPatientId ?? '—'}</td>
                    <td className="admin-audit__id">
                      {event.recordType ? `${event.recordType} ${event.recordId ?? ''}` : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="admin-audit__pager" aria-label={t('adminAudit.pages')}>
            <button
              type="button"
              className="button button--secondary"
              disabled={page <= 1}
              onClick={() => go(applied, page - 1)}
            >
              {t('adminAudit.previous')}
            </button>
            <span>{t('adminAudit.pageOf', { page, pages })}</span>
            <button
              type="button"
              className="button button--secondary"
              disabled={page >= pages}
              onClick={() => go(applied, page + 1)}
            >
              {t('adminAudit.next')}
            </button>
          </nav>
        </>
      ) : events.data ? (
        <p>{t('adminAudit.none')}</p>
      ) : null}
      {isSystemAdmin ? <AuditVerify /> : null}
    </section>
  );
}
