import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deskQueries, type TQueueLine } from '../../../features/staff-registry-desk/registry-desk.api';
import { wallTime } from '../../../shared/ui/dates';
import { ErrorMessage } from '../../../shared/ui/error-message';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import './queue-board.css';

/** How often the hall's screen asks again: a check-in shows within this long. */
const REFRESH_MS = 15_000;
const STATES = ['arrived', 'waiting', 'late'] as const;

/**
 * `/registry/board`: today's queue of the clinic on a screen in the hall (issue 13), in large type over the
 * whole screen, refreshing itself. It shows the ticket number and the initials only (152-ФЗ): whoever
 * passes the screen learns no one's name.
 */
export function QueueBoardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('registry.board.title'));
  const queue = useQuery({ ...deskQueries.queue(), refetchInterval: REFRESH_MS });
  const lines = queue.data?.lines ?? [];
  return (
    <div className="queue-board">
      <PageHeading isReady={!queue.isPending}>{t('registry.board.title')}</PageHeading>
      {queue.isError ? <ErrorMessage error={queue.error} /> : null}
      <div className="queue-board__columns">
        {STATES.map((state) => {
          const inState = lines.filter((line: TQueueLine) => line.state === state);
          return (
            <section
              key={state}
              className={`queue-board__column queue-board__column--${state}`}
              aria-labelledby={`queue-${state}`}
            >
              <h2 id={`queue-${state}`}>{t(`registry.board.${state}`, { count: inState.length })}</h2>
              <ul className="queue-board__list">
                {inState.map((line: TQueueLine) => (
                  <li key={line.id} className="queue-board__line">
                    <span className="queue-board__ticket">{line.ticketNumber.split('-').at(-1)}</span>
                    <span lang="ru">{line.initials}</span>
                    <span className="queue-board__time">{wallTime(line.startsAt)}</span>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
