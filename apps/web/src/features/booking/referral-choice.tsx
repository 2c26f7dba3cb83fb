import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { RadioGroupField } from '../../shared/ui/radio-group-field';
import { useMe } from '../auth/use-me';
import { directoryQueries } from '../directory/directory.api';
import { referralQueries } from './booking.api';
import { needsReferral, referralsOf } from './referral-need';
import { THERAPIST_HREF } from './refusal-steps';

/**
 * Whether the specialty being booked needs a referral and, if so, the person's usable ones of it with the
 * chosen one (the newest unless the patient picks another). Unknown specialties leave it to the server.
 */
export function useReferralChoice(specialtyCode: string | undefined, patientId: string | undefined) {
  const { me } = useMe();
  const specialties = useQuery(directoryQueries.specialties());
  const specialty = specialties.data?.find((item) => item.code === specialtyCode);
  const isNeeded = specialty !== undefined && needsReferral(specialty);
  const referrals = useQuery({
    ...referralQueries.usable(specialtyCode ?? '', patientId),
    enabled: isNeeded,
  });
  const usable = referralsOf(referrals.data?.items ?? [], patientId ?? me?.patientId ?? null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const referralId = (usable.find((referral) => referral.id === chosenId) ?? usable[0])?.id;
  return { isNeeded, referrals, usable, referralId, choose: setChosenId };
}

export type ReferralChoiceState = ReturnType<typeof useReferralChoice>;

/**
 * The referral of a confirmation: the person's usable ones as radios (who issued it, where, until when), or,
 * with none, what to do before pressing «Записаться»: a referral comes from the therapist.
 */
export function ReferralChoice({
  choice,
  error,
}: {
  choice: ReferralChoiceState;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  if (!choice.isNeeded) return null;
  if (choice.referrals.isError) {
    return (
      <ErrorMessage
        error={choice.referrals.error}
        title={t('booking.referral.loadFailed')}
        headingLevel={3}
        onRetry={() => void choice.referrals.refetch()}
      />
    );
  }
  if (choice.referrals.isPending) return <p>{t('booking.loading')}</p>;
  if (choice.usable.length === 0) {
    return (
      <div className="notice">
        <h3 className="notice__title">{t('booking.referral.noneTitle')}</h3>
        <p>{t('booking.referral.none')}</p>
        <p>
          <Link to={THERAPIST_HREF}>{t('booking.refusal.toTherapist')}</Link>
        </p>
      </div>
    );
  }
  return (
    <RadioGroupField
      id="booking-referral"
      name="referral"
      legend={t('booking.referral.legend')}
      isStacked
      value={choice.referralId ?? ''}
      onChange={choice.choose}
      error={error}
      options={choice.usable.map((referral) => ({
        value: referral.id,
        label: t('booking.referral.option', {
          issuer: referral.issuedBy?.name ?? t('booking.referral.unknownIssuer'),
          clinic: referral.organization?.name ?? t('booking.referral.unknownClinic'),
          until: formatCalendarDate(referral.validUntil, i18n.language),
        }),
      }))}
    />
  );
}
