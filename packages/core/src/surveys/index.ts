// Surveys after a visit (issue 17 item 3; docs/surveys.md): the practitioner's review plus the clinic's
// service, once per fulfilled visit, the e-mail invitation, and the clinic admin's analytics and answers.

export { SURVEY_ANSWER_MAX_LENGTH, SURVEY_WINDOW_DAYS } from './survey-rules';
export { SurveyErrorCode } from './surveys.errors';
export type * from './surveys.ports';
export type * from './surveys.types';
export { surveysUseCases } from './surveys.use-cases';
export { sweepSurveyInvitations } from './sweep-survey-invitations';
