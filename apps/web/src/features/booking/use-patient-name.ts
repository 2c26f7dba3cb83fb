import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/use-me';
import { representativesQueries } from '../representatives/representatives.api';
import { patientNameOf } from './patient-names';

/**
 * Names the person of a visit: «Анна Яковлева (вы)» or the ward's full name. The family's visits share the
 * lists, so each one says whose it is in words (not by a colour or an icon).
 */
export function usePatientName(): (patientId: string) => string | null {
  const { t } = useTranslation();
  const { me } = useMe();
  const wards = useQuery({ ...representativesQueries.wards(), enabled: Boolean(me?.patientId) });
  const items = wards.data?.items;
  return useCallback(
    (patientId: string) => {
      const person = patientNameOf(patientId, me, items ?? []);
      if (!person) return null;
      return person.isSelf ? t('booking.patientSelf', { name: person.name }) : person.name;
    },
    [me, items, t],
  );
}
