import { queryOptions } from '@tanstack/react-query';
import { type ApiQuery, api, dataOf } from '../../shared/api-client';

/** The desk looks for a specialty's times at one clinic, any doctor, for the person on the phone. */
export type DeskSlotScope = Required<
  Pick<ApiQuery<'/api/v1/slots/calendar'>, 'organization' | 'specialty' | 'patientId'>
> &
  /** `video`: only video visits' times (a doctor's follow-up by video, issue 17). */
  Pick<ApiQuery<'/api/v1/slots/calendar'>, 'visitType'>;

// Under ['booking'] like the patient's: slot lists change by the second, so they are fresh on every visit.
export const deskSlotQueries = {
  calendar: (scope: DeskSlotScope | null) =>
    queryOptions({
      queryKey: ['booking', 'desk-calendar', scope],
      queryFn: ({ signal }) =>
        dataOf(api.GET('/api/v1/slots/calendar', { params: { query: scope ?? {} }, signal })),
      enabled: scope !== null,
      staleTime: 0,
    }),
  day: (scope: DeskSlotScope | null, range: { from: string; to: string } | null) =>
    queryOptions({
      queryKey: ['booking', 'desk-day', scope, range],
      queryFn: ({ signal }) =>
        dataOf(
          api.GET('/api/v1/slots', { params: { query: { ...scope, ...range, pageSize: 100 } }, signal }),
        ),
      enabled: scope !== null && range !== null,
      staleTime: 0,
    }),
};
