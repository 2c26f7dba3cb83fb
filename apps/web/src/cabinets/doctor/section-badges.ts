import { useQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { labQueries } from '../../features/lab-orders/lab-orders.api';
import { notificationQueries } from '../../features/notifications/notifications.api';
import { documentQueries } from '../../features/practitioner-documents/practitioner-documents.api';
import { isExpiringSoon, qualificationQueries } from '../../features/staff-qualifications/qualifications.api';
import { practiceQueries, todayIso } from './practice-queries';

/** What waits in a section: a count and the words that name it for a screen reader («3 на подпись»). */
export interface SectionBadge {
  count: number;
  /** i18n key with `{{count}}`, plural forms allowed. */
  label: ParseKeys;
}

/** «Главная»: unread notifications (results, requests and messages come as notifications). */
export function useUnreadBadge(): SectionBadge | null {
  const unread = useQuery(notificationQueries.unread()).data ?? 0;
  return unread > 0 ? { count: unread, label: 'practice.badges.unread' } : null;
}

/** «Расписание»: patients who have checked in and wait to be seen today. */
export function useArrivedBadge(): SectionBadge | null {
  const items = useQuery(practiceQueries.schedule(todayIso(), 'day')).data?.items ?? [];
  const waiting = items.filter((item) => item.status === 'arrived').length;
  return waiting > 0 ? { count: waiting, label: 'practice.badges.arrived' } : null;
}

/** «Настройки» (its «Квалификация» tab): one's accreditations ending within 30 days. */
export function useAccreditationBadge(): SectionBadge | null {
  const expiring = (useQuery(qualificationQueries.list()).data?.items ?? []).filter(isExpiringSoon).length;
  return expiring > 0 ? { count: expiring, label: 'practice.badges.accreditation' } : null;
}

/** «Документы»: own drafts and patients' certificate requests waiting for this doctor's signature. */
export function useAwaitingSignatureBadge(): SectionBadge | null {
  const data = useQuery(documentQueries.list('awaiting_signature')).data;
  const waiting = (data?.documents.length ?? 0) + (data?.requests.length ?? 0);
  return waiting > 0 ? { count: waiting, label: 'practice.badges.awaitingSignature' } : null;
}

/** «Анализы» (its «Результаты к просмотру» tab): the results of one's orders not yet looked at. */
export function useResultsToReviewBadge(): SectionBadge | null {
  const count = useQuery(labQueries.toReview()).data?.count ?? 0;
  return count > 0 ? { count, label: 'practice.badges.resultsToReview' } : null;
}

/**
 * The badge hooks by the key a section names (`DoctorSection.badge`). Kept out of the route table, which the
 * whole app loads: the hooks and their API calls come with the cabinet's frame. Features add theirs here.
 */
export const SECTION_BADGES: Record<string, () => SectionBadge | null> = {
  unread: useUnreadBadge,
  arrived: useArrivedBadge,
  accreditation: useAccreditationBadge,
  awaitingSignature: useAwaitingSignatureBadge,
  resultsToReview: useResultsToReviewBadge,
};
