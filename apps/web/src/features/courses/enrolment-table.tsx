import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import type { TCourseEnrollment } from './courses-queries';

/** A column a page adds to the enrolment table: its heading and the cell of one enrolment. */
export interface EnrolmentColumn {
  heading: string;
  cell: (enrolment: TCourseEnrollment) => ReactNode;
}

interface EnrolmentTableProps {
  list: UseQueryResult<{ items: TCourseEnrollment[] }>;
  caption: string;
  /** «Мои курсы» names the table for screen readers only: its page heading says it already. */
  captionHidden?: boolean;
  className: string;
  /** Shown when there is no enrolment. */
  empty: ReactNode;
  /** The columns before the course's dates (who enrolled, the course). */
  lead: readonly EnrolmentColumn[];
  /** The columns between the dates and the status. */
  middle?: readonly EnrolmentColumn[];
  /** The action on an active enrolment (a cancelled one has none). */
  action: (enrolment: TCourseEnrollment) => ReactNode;
}

/**
 * Course enrolments as a table, as the practitioner's «Мои курсы» and the admin's «Обучение сотрудников» show
 * them: the page's own columns, the course's dates, the status with its reason and the action; with the
 * loading, failure and empty states of the list.
 */
export function EnrolmentTable(props: EnrolmentTableProps) {
  const { list, caption, captionHidden, className, empty, lead, middle = [], action } = props;
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);
  if (list.isPending) return <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>;
  if (list.isError) return <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return empty;
  return (
    <table className={className}>
      <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {lead.map((column) => (
            <th key={column.heading} scope="col">
              {column.heading}
            </th>
          ))}
          <th scope="col">{t('courses.dates')}</th>
          {middle.map((column) => (
            <th key={column.heading} scope="col">
              {column.heading}
            </th>
          ))}
          <th scope="col">{t('courses.status')}</th>
          <th scope="col">{t('courses.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {list.data.items.map((item) => (
          <tr key={item.id}>
            {lead.map((column) => (
              <td key={column.heading}>{column.cell(item)}</td>
            ))}
            <td>
              {date(item.course.startsOn)} — {date(item.course.endsOn)}
            </td>
            {middle.map((column) => (
              <td key={column.heading}>{column.cell(item)}</td>
            ))}
            <td>
              {t(`courses.statuses.${item.status}`)}
              {item.reason ? `: ${item.reason}` : ''}
            </td>
            <td>{item.status === 'cancelled' ? null : action(item)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
