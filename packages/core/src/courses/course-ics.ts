import { addDays } from '../shared';
import { escapeIcsText, foldIcsLine, icsUtc } from '../tickets';
import type { CourseView } from './courses.types';

const FORMAT_NAMES = { in_person: 'очно', online: 'онлайн', mixed: 'смешанный формат' } as const;

/** `2026-12-01` → `20261201`: a DATE value (RFC 5545 §3.3.4). */
const icsDate = (day: string) => day.replaceAll('-', '');

/**
 * The course's dates as one all-day iCalendar event (RFC 5545, the tickets' writer): DTEND is the day after
 * the last one (exclusive), so a calendar shows every day of the course; the UID is stable per course, so a
 * second download updates the same event.
 */
export function renderCourseIcs(course: CourseView, options: { now: Date; domain: string }): string {
  const description = [
    `${course.provider}`,
    `Формат: ${FORMAT_NAMES[course.format]}; ${course.credits} ЗЕТ (${course.hours} ч).`,
    `Требования: ${course.requirements}`,
  ].join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Talon//Talon courses//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:course-${course.id}@${options.domain}`,
    `DTSTAMP:${icsUtc(options.now)}`,
    `DTSTART;VALUE=DATE:${icsDate(course.startsOn)}`,
    `DTEND;VALUE=DATE:${icsDate(addDays(course.endsOn, 1))}`,
    `SUMMARY:${escapeIcsText(`Курс: ${course.title}`)}`,
    `LOCATION:${escapeIcsText(course.location ?? 'Онлайн')}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}
