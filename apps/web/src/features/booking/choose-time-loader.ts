import type { QueryClient } from '@tanstack/react-query';
import { authQueries } from '../auth/auth.api';
import { directoryQueries } from '../directory/directory.api';
import { representativesQueries } from '../representatives/representatives.api';
import { bookingQueries, type SlotScope } from './booking.api';
import { firstFreeDay, roleInScope, slotScopeOf } from './first-view.model';
import { localDayRange } from './slot-time';

/**
 * The `/book` route's loader: asks for what the time choice shows first — who is logged in, the doctor, the
 * calendar, the first free day's times — while the page's code is still on its way, into the same query
 * cache entries the page reads. It does not wait for the answers (the page shows its own loading and
 * errors); a move of a visit (`&reschedule=`) depends on that visit and is left to the page.
 */
export function startChooseTimeQueries(queryClient: QueryClient, address: string): null {
  const params = new URL(address).searchParams;
  const scope = slotScopeOf(params);
  if (scope.practitioner && !params.has('reschedule')) {
    prefetchFirstView(queryClient, scope).catch(() => {
      // The page asks again and shows the error with its retry.
    });
  }
  return null;
}

async function prefetchFirstView(queryClient: QueryClient, scope: SlotScope): Promise<void> {
  const me = queryClient.ensureQueryData(authQueries.me()).then(async (who) => {
    if (who) await queryClient.prefetchQuery(representativesQueries.wards());
  });
  const [doctor, calendar] = await Promise.all([
    queryClient.ensureQueryData(directoryQueries.practitioner(scope.practitioner)),
    queryClient.ensureQueryData(bookingQueries.calendar(scope)),
  ]);
  const day = firstFreeDay(calendar.days);
  const zone = roleInScope(doctor, scope)?.organization.timeZone;
  if (day && zone) await queryClient.prefetchQuery(bookingQueries.day(scope, localDayRange(day, zone)));
  await me;
}
