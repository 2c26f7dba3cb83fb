import { answerSurvey } from './answer-survey';
import { getVisitSurvey } from './get-visit-survey';
import { listPendingSurveys } from './list-pending-surveys';
import { submitSurvey } from './submit-survey';
import { getSurveyReport } from './survey-report';

/** Surveys after a visit (docs/surveys.md): the patient's, and the clinic admin's analytics; over `SurveysDeps`. */
export const surveysUseCases = {
  listPending: listPendingSurveys,
  submit: submitSurvey,
  getForVisit: getVisitSurvey,
  report: getSurveyReport,
  answer: answerSurvey,
};
