import { authorizeAppointment, BookingErrorCode } from '../booking';
import type { Principal, RequestOrigin } from '../identity';
import { DomainError } from '../shared';
import { SurveyErrorCode } from './surveys.errors';
import type { SurveysDeps } from './surveys.ports';
import type { Survey } from './surveys.types';

/**
 * The visit's survey as its author (or the ward's representative) sees it: the ratings, the comment and the
 * clinic's answer when it is public. A private answer stays with the clinic's admins.
 */
export async function getVisitSurvey(
  deps: SurveysDeps,
  principal: Principal,
  input: { appointmentId: string; origin: RequestOrigin },
): Promise<Survey> {
  const record = await deps.booking.store.read((repos) => repos.booking.findAppointment(input.appointmentId));
  if (!record) throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  const { basis } = await authorizeAppointment(deps.booking, principal, record, 'read', input.origin);
  if (basis !== 'self' && basis !== 'representative') {
    throw new DomainError(BookingErrorCode.APPOINTMENT_NOT_FOUND);
  }
  const survey = await deps.store.read((repos) => repos.surveys.findForAppointment(record.id));
  if (!survey) throw new DomainError(SurveyErrorCode.SURVEY_NOT_FOUND);
  return { ...survey, answer: survey.answer?.visibility === 'public' ? survey.answer : null };
}
