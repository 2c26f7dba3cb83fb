import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { deskQueries, type TDeskLink } from '../../../features/staff-registry-desk/registry-desk.api';
import { formatMoscowDate } from '../../../shared/ui/dates';
import { ErrorMessage } from '../../../shared/ui/error-message';

/**
 * The person's legal representatives and the people they act for (issue 13 item 1): names, relation and
 * the state of the link — no birth dates, no medical data.
 */
export function DeskRepresentatives({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const links = useQuery(deskQueries.representatives(patientId));
  return (
    <section className="section" aria-labelledby="desk-representatives-heading">
      <h2 id="desk-representatives-heading">{t('registry.desk.links.title')}</h2>
      {links.isError ? <ErrorMessage error={links.error} onRetry={() => void links.refetch()} /> : null}
      {links.isSuccess ? (
        <>
          <LinkTable
            caption={t('registry.desk.links.representatives')}
            empty={t('registry.desk.links.noRepresentatives')}
            links={links.data.representatives}
            side="representative"
          />
          <LinkTable
            caption={t('registry.desk.links.wards')}
            empty={t('registry.desk.links.noWards')}
            links={links.data.wards}
            side="ward"
          />
        </>
      ) : null}
    </section>
  );
}

function LinkTable({
  caption,
  empty,
  links,
  side,
}: {
  caption: string;
  empty: string;
  links: readonly TDeskLink[];
  side: 'representative' | 'ward';
}) {
  const { t, i18n } = useTranslation();
  if (links.length === 0) return <p>{empty}</p>;
  return (
    <div className="table-scroll">
      <table className="registry-desk__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.desk.links.person')}</th>
            <th scope="col">{t('registry.desk.links.relation')}</th>
            <th scope="col">{t('registry.desk.links.status')}</th>
            <th scope="col">{t('registry.desk.links.since')}</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.linkId}>
              <th scope="row" lang="ru">
                {[link.person.surname, link.person.name, link.person.patronymic].filter(Boolean).join(' ')}
              </th>
              <td>{t(`registry.desk.links.relations.${side}.${link.relation}`)}</td>
              <td>{t(`registry.desk.links.statuses.${link.status}`)}</td>
              <td>{formatMoscowDate(link.since, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
