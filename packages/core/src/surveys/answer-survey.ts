import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { SURVEY_ANSWER_MAX_LENGTH } from './survey-rules';
import { SurveyErrorCode } from './surveys.errors';
import type { SurveysDeps } from './surveys.ports';
import type { SurveyAnswerVisibility } from './surveys.types';

/** A clinic admin answers their clinic's surveys, a system admin any (rule 16: another clinic's is 404). */
function mayAnswer(principal: Principal, organizationId: string): boolean {
  return principal.roles.some(
    (grant) =>
      grant.role === 'system_admin' ||
      (grant.role === 'clinic_admin' && grant.organizationId === organizationId),
  );
}

/**
 * The clinic's answer to a survey, once (docs/surveys.md «Answers»): `public` shows it to the patient on the
 * visit's page, `private` keeps it as the clinic's note of what was done. Answering takes the survey off the
 * list of comments to answer.
 */
export async function answerSurvey(
  deps: SurveysDeps,
  principal: Principal,
  input: { surveyId: string; text: string; visibility: SurveyAnswerVisibility },
): Promise<{ surveyId: string; text: string; visibility: SurveyAnswerVisibility; answeredAt: Date }> {
  const text = input.text.trim();
  if (text === '' || text.length > SURVEY_ANSWER_MAX_LENGTH) {
    throw new DomainError(SurveyErrorCode.SURVEY_INVALID, { field: 'body.text' });
  }
  const now = deps.clock.now();
  return deps.store.transaction(async (repos) => {
    const survey = await repos.surveys.findClinic(input.surveyId);
    if (!survey || !mayAnswer(principal, survey.organizationId)) {
      throw new DomainError(SurveyErrorCode.SURVEY_NOT_FOUND, { field: 'params.id' });
    }
    const saved = await repos.surveys.saveAnswer(input.surveyId, {
      text,
      visibility: input.visibility,
      accountId: principal.accountId,
      at: now,
    });
    if (!saved) throw new DomainError(SurveyErrorCode.SURVEY_ANSWERED);
    return { surveyId: input.surveyId, text, visibility: input.visibility, answeredAt: now };
  });
}
