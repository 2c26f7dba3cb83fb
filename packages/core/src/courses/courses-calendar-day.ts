import { localDate } from '../shared';

/**
 * Course dates are whole days of the Moscow calendar (the catalogue is federal, its providers publish dates
 * without a zone): «today» for enrolment, the catalogue's default filter and the report is Moscow's.
 */
export const COURSE_TIME_ZONE = 'Europe/Moscow';

export const courseToday = (now: Date) => localDate(now, COURSE_TIME_ZONE);
