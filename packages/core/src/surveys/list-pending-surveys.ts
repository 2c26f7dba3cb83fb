import { listedPatients } from '../booking';
import type { Principal, RequestOrigin } from '../identity';
import { SURVEY_WINDOW_DAYS, surveyOpenUntil } from './survey-rules';
import type { SurveysDeps } from './surveys.ports';
import type { PendingSurvey } from './surveys.types';

/**
 * The caller's and their wards' fulfilled visits started in the last 30 days (or later: a visit may be marked
 * fulfilled early) still without a survey, newest first
 * (the card «Оцените приём» on the home page, the visit history and the visit's page). Reading a ward's
 * list is audited, as the appointment list is.
 */
export async function listPendingSurveys(
  deps: SurveysDeps,
  principal: Principal,
  input: { origin: RequestOrigin },
): Promise<PendingSurvey[]> {
  const listed = await listedPatients(
    deps.booking,
    principal,
    { origin: input.origin },
    'appointment_survey',
  );
  const now = deps.clock.now();
  const since = new Date(now.getTime() - SURVEY_WINDOW_DAYS * 86_400_000);
  const pending = await deps.store.read((repos) =>
    repos.surveys.pendingFor(
      listed.patients.map((p) => p.patientId),
      since,
    ),
  );
  return pending.map((visit) => ({ ...visit, openUntil: surveyOpenUntil(visit.startsAt) }));
}
