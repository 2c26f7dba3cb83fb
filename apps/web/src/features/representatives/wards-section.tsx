import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatCalendarDate, formatMoscowDate } from '../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { FamilyLinkItem } from './family-link-item';
import { fullName } from './person-name';
import { representativesApi, representativesQueries } from './representatives.api';
import type { TWard } from './representatives.types';
import { WardCodeForm } from './ward-code-form';

/** Links that can still be ended: an active one, or a guardian's request the registry has not decided. */
const isEndable = (ward: TWard) => ward.status === 'active' || ward.status === 'pending';

/**
 * «Кого вы можете записывать»: every child, ward and consenting adult, with the state of the link and
 * whether it opens medical data; a parent's waiting link takes the code sent to the child's phone.
 */
export function WardsSection({ onChanged }: { onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wards = useQuery(representativesQueries.wards());

  const end = useMutation({
    mutationFn: (ward: TWard) => representativesApi.endWard(ward.linkId),
    onSuccess: async (_, ward) => {
      await queryClient.invalidateQueries({ queryKey: representativesQueries.wards().queryKey });
      onChanged(t('family.ended', { name: fullName(ward.patient) }));
      // The pressed button is gone with its link: continue from the heading of the list.
      headingRef.current?.focus();
    },
  });

  const items = wards.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="wards-title">
      <h2 id="wards-title" ref={headingRef} tabIndex={-1}>
        {t('family.listTitle')}
      </h2>
      {wards.isError ? (
        <ErrorMessage error={wards.error} onRetry={() => void wards.refetch()} headingLevel={3} />
      ) : null}
      {wards.isPending ? <p>{t('common.loading')}</p> : null}
      {wards.isSuccess && items.length === 0 ? <p className="hint">{t('family.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="record-list">
          {items.map((ward) => {
            const name = fullName(ward.patient);
            return (
              <FamilyLinkItem
                key={ward.linkId}
                name={name}
                relation={t(`family.relation.${ward.relation}`)}
                facts={
                  <>
                    <div>
                      <dt>{t('family.birthDate')}</dt>
                      <dd>{formatCalendarDate(ward.patient.birthDate, i18n.language)}</dd>
                    </div>
                    <div>
                      <dt>{t('family.statusLabel')}</dt>
                      <dd>
                        <span className={ward.status === 'active' ? 'badge' : 'badge badge--muted'}>
                          {t(`family.status.${ward.status}`)}
                        </span>
                      </dd>
                    </div>
                    <div>
                      <dt>{t('family.createdAt')}</dt>
                      <dd>{formatMoscowDate(ward.createdAt, i18n.language)}</dd>
                    </div>
                    {ward.relation !== 'consent' && ward.status === 'active' ? (
                      <div>
                        <dt>{t('family.medicalLabel')}</dt>
                        <dd>{t(ward.hasMedicalAccess ? 'family.medical.yes' : 'family.medical.no')}</dd>
                      </div>
                    ) : null}
                  </>
                }
              >
                {ward.status === 'pending' && ward.relation === 'parent' ? (
                  <>
                    <p className="hint">{t('family.pendingChildHint')}</p>
                    <WardCodeForm
                      ward={ward}
                      onConfirmed={(confirmed) =>
                        onChanged(t('family.code.confirmed', { name: fullName(confirmed.patient) }))
                      }
                    />
                  </>
                ) : null}
                {ward.status === 'pending' && ward.relation === 'guardian' ? (
                  <p className="hint">{t('family.pendingHint')}</p>
                ) : null}
                {isEndable(ward) ? (
                  <div>
                    <ConfirmAction
                      label={t('family.end')}
                      labelDetail={t('family.endWhich', { name })}
                      question={t('family.endQuestion', { name })}
                      confirmLabel={t('family.endConfirm')}
                      isPending={end.isPending}
                      error={
                        end.isError && end.variables?.linkId === ward.linkId
                          ? describeError(end.error, t)
                          : null
                      }
                      onConfirm={() => end.mutate(ward)}
                    />
                  </div>
                ) : null}
              </FamilyLinkItem>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
