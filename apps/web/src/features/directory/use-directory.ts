import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TRegion, TSpecialty } from './directory.api';
import { directoryQueries } from './directory.api';
import { sortByName } from './directory.format';

/** The interface language as a BCP 47 locale for Intl. */
export function useLocale(): string {
  return useTranslation().i18n.language;
}

/**
 * Language of the directory data (names, addresses, specialties) whatever the interface language: mark it
 * with `lang` so that screen readers pronounce it right in the English interface (WCAG 3.1.2).
 */
export const DATA_LANG = 'ru';
const DATA_LOCALE = DATA_LANG;

/** All regions sorted by name. */
export function useRegions() {
  const query = useQuery(directoryQueries.regions());
  const regions = useMemo(() => sortByName(query.data ?? [], DATA_LOCALE), [query.data]);
  return { ...query, regions };
}

export function useRegion(code: string | null): TRegion | undefined {
  const { data } = useQuery({ ...directoryQueries.regions(), enabled: code !== null });
  return code === null ? undefined : data?.find((region) => region.code === code);
}

/** All specialties sorted by name, and a look-up by code. */
export function useSpecialties() {
  const query = useQuery(directoryQueries.specialties());
  const specialties = useMemo(() => sortByName(query.data ?? [], DATA_LOCALE), [query.data]);
  const byCode = useMemo(
    () => new Map<string, TSpecialty>(specialties.map((s) => [s.code, s])),
    [specialties],
  );
  return { ...query, specialties, byCode };
}
