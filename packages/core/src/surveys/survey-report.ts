import { analyticsPeriod, analyticsScope } from '../analytics';
import type { Principal } from '../identity';
import type { SurveysDeps } from './surveys.ports';
import type { SurveyReport } from './surveys.types';

/** The longest list of comments one report carries; the oldest answered ones drop off first. */
const SURVEY_COMMENTS_LIMIT = 200;

/**
 * The survey analytics of a period (clinic-local days of the survey, at most 92; default the last 30) for the
 * caller's clinics: the mean and distribution of each aspect, and the comments to answer. Anonymous: no
 * patient in it, so reading it is not audited (rule 17 audits reads of a person's data).
 */
export async function getSurveyReport(
  deps: SurveysDeps,
  principal: Principal,
  input: { from?: string; to?: string; organization?: string },
): Promise<SurveyReport> {
  const period = analyticsPeriod(input, deps.clock.now());
  const organizationIds = await analyticsScope(deps.analytics, principal, input.organization);
  const filter = { organizationIds, ...period };
  return deps.store.read(async (repos) => {
    const { surveys, aspects } = await repos.surveys.aspects(filter);
    const comments = await repos.surveys.comments(filter, SURVEY_COMMENTS_LIMIT);
    return { ...period, surveys, aspects, comments };
  });
}
