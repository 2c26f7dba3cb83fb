import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { FamilyLinkItem } from './family-link-item';
import { representativesApi, representativesQueries } from './representatives.api';
import type { TMyRepresentative } from './representatives.types';

const nameOf = (r: TMyRepresentative['representative']) =>
  [r.surname, r.name, r.patronymic].filter(Boolean).join(' ');

/**
 * «Мои представители»: the signed-in person's parents and guardians. From 15 to 18 a young person decides
 * whether each parent reads their medical data (323-ФЗ art. 54); the parent books for them either way.
 * Shown only to someone who has representatives.
 */
export function MyRepresentativesSection({ onChanged }: { onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const representatives = useQuery(representativesQueries.myRepresentatives());
  const decide = useMutation({
    mutationFn: (change: { linkId: string; allowed: boolean }) =>
      representativesApi.setMedicalAccess(change.linkId, change.allowed),
    onSuccess: async (updated) => {
      await queryClient.invalidateQueries({ queryKey: representativesQueries.myRepresentatives().queryKey });
      const name = nameOf(updated.representative);
      onChanged(t(updated.hasMedicalAccess ? 'family.mine.allowed' : 'family.mine.withdrawn', { name }));
    },
  });

  const items = representatives.data?.items ?? [];
  if (representatives.isError) {
    return (
      <ErrorMessage
        error={representatives.error}
        onRetry={() => void representatives.refetch()}
        headingLevel={2}
      />
    );
  }
  if (items.length === 0) return null;
  const canDecideAny = items.some((item) => item.canDecide);
  return (
    <section className="section" aria-labelledby="my-representatives-title">
      <h2 id="my-representatives-title">{t('family.mine.title')}</h2>
      <p className="hint">{t(canDecideAny ? 'family.mine.leadDecide' : 'family.mine.lead')}</p>
      <ul className="record-list">
        {items.map((item) => {
          const name = nameOf(item.representative);
          const failed =
            decide.isError && decide.variables?.linkId === item.linkId
              ? describeError(decide.error, t)
              : null;
          return (
            <FamilyLinkItem
              key={item.linkId}
              name={name}
              relation={t(`family.mine.relation.${item.relation}`)}
              facts={
                <>
                  <div>
                    <dt>{t('family.statusLabel')}</dt>
                    <dd>{t(`family.status.${item.status}`)}</dd>
                  </div>
                  <div>
                    <dt>{t('family.medicalLabel')}</dt>
                    <dd>{t(item.hasMedicalAccess ? 'family.mine.sees' : 'family.mine.doesNotSee')}</dd>
                  </div>
                  <div>
                    <dt>{t('family.createdAt')}</dt>
                    <dd>{formatMoscowDate(item.createdAt, i18n.language)}</dd>
                  </div>
                </>
              }
            >
              {failed ? (
                <div className="notice notice--error" role="alert">
                  <p>{failed}</p>
                </div>
              ) : null}
              {item.canDecide ? (
                <div className="form__actions">
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ linkId: item.linkId, allowed: !item.hasMedicalAccess })}
                  >
                    {t(item.hasMedicalAccess ? 'family.mine.withdraw' : 'family.mine.allow')}
                    <span className="visually-hidden">{` ${t('family.mine.which', { name })}`}</span>
                  </button>
                </div>
              ) : null}
            </FamilyLinkItem>
          );
        })}
      </ul>
    </section>
  );
}
