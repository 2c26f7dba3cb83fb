/**
 * The clinic's service aspects a patient rates after a visit (issue 17 item 3; docs/surveys.md), besides the
 * practitioner (the review of docs/domain.md §2), in the order the form asks them.
 */
export const SURVEY_SERVICE_ASPECTS = ['waiting', 'cleanliness', 'registry'] as const;
export type SurveyServiceAspect = (typeof SURVEY_SERVICE_ASPECTS)[number];

/** Every aspect of the analytics: the practitioner's review and the clinic's service. */
export const SURVEY_ASPECTS = ['practitioner', ...SURVEY_SERVICE_ASPECTS] as const;
export type SurveyAspect = (typeof SURVEY_ASPECTS)[number];

/**
 * Who sees the clinic's answer to a survey: `public` — the patient, on the visit's page; `private` — the
 * clinic's admins only (a note of what was done).
 */
export const SURVEY_ANSWER_VISIBILITIES = ['public', 'private'] as const;
export type SurveyAnswerVisibility = (typeof SURVEY_ANSWER_VISIBILITIES)[number];
