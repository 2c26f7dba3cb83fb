import { useQuery } from '@tanstack/react-query';
import { notificationQueries } from '../../features/notifications/notifications.api';
import type { SectionBadge } from './doctor-section-routes';
import { practiceQueries, todayIso } from './practice.api';

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
