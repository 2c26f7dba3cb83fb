import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  deskApi,
  deskQueries,
  type TDeskWaitlistEntry,
} from '../../../features/staff-registry-desk/registry-desk.api';
import { ConfirmAction } from '../../../shared/ui/confirm-action';
import { formatMoscowDate } from '../../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../../shared/ui/error-message';

interface DeskWaitlistProps {
  patientId: string;
  onRemoved: (entry: TDeskWaitlistEntry) => void;
}

/**
 * The person's waitlist entries (issue 13 item 1). Those at the desk's clinics can be taken off the list at
 * the caller's request; entries elsewhere are shown read-only (docs/registry.md).
 */
export function DeskWaitlist({ patientId, onRemoved }: DeskWaitlistProps) {
  const { t } = useTranslation();
  const list = useQuery(deskQueries.waitlist(patientId));
  const items = list.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="desk-waitlist-heading">
      <h2 id="desk-waitlist-heading">{t('registry.desk.waitlist.title')}</h2>
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && items.length === 0 ? <p>{t('registry.desk.waitlist.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="registry-desk__table">
            <caption>{t('registry.desk.waitlist.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('registry.desk.specialty')}</th>
                <th scope="col">{t('registry.desk.clinic')}</th>
                <th scope="col">{t('registry.desk.waitlist.since')}</th>
                <th scope="col">{t('registry.desk.waitlist.status')}</th>
                <th scope="col">{t('registry.desk.waitlist.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <DeskWaitlistRow key={entry.id} entry={entry} onRemoved={onRemoved} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function DeskWaitlistRow({
  entry,
  onRemoved,
}: {
  entry: TDeskWaitlistEntry;
  onRemoved: DeskWaitlistProps['onRemoved'];
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deskApi.removeWaitlistEntry(entry.patientId, entry.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: deskQueries.waitlist(entry.patientId).queryKey });
      onRemoved(entry);
    },
  });
  const clinic = entry.organization?.name ?? t('registry.desk.waitlist.anyClinic');
  const target = entry.practitioner
    ? `${entry.specialty.name}, ${entry.practitioner.name}`
    : entry.specialty.name;
  return (
    <tr>
      <th scope="row">{target}</th>
      <td>{clinic}</td>
      <td>{formatMoscowDate(entry.createdAt, i18n.language)}</td>
      <td>{t(`waitlist.statuses.${entry.status}`)}</td>
      <td>
        {entry.isRemovable ? (
          <ConfirmAction
            label={t('registry.desk.waitlist.remove')}
            labelDetail={target}
            question={t(
              entry.status === 'offered'
                ? 'registry.desk.waitlist.removeOfferedQuestion'
                : 'registry.desk.waitlist.removeQuestion',
              { specialty: entry.specialty.name, clinic },
            )}
            confirmLabel={t('registry.desk.waitlist.removeConfirm')}
            isPending={remove.isPending}
            error={remove.isError ? describeError(remove.error, t) : null}
            onConfirm={() => remove.mutate()}
          />
        ) : entry.isAtDesk ? null : (
          t('registry.desk.waitlist.elsewhere')
        )}
      </td>
    </tr>
  );
}
