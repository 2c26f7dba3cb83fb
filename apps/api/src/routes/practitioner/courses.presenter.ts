import type { CourseView, EnrolmentView, PractitionerCredits } from '@talon/core/courses';

export const presentCourse = ({ approvedCount, ...course }: CourseView) => ({
  ...course,
  seatsLeft: Math.max(0, course.seats - approvedCount),
});

export const presentEnrolment = ({ accountId: _account, ...enrolment }: EnrolmentView) => ({
  ...enrolment,
  createdAt: enrolment.createdAt.toISOString(),
  decidedAt: enrolment.decidedAt?.toISOString() ?? null,
});

/** The credits report as CSV rows: one line per completed course, the practitioner's total on each. */
export function courseReportRows(items: readonly PractitionerCredits[]) {
  const columns = ['Сотрудник', 'Организация', 'Курс', 'Дата окончания', 'ЗЕТ', 'Всего ЗЕТ'];
  const rows = items.flatMap((item) =>
    item.courses.map((course) => [
      item.practitioner.name,
      item.organization.name,
      course.title,
      course.endsOn.split('-').reverse().join('.'),
      String(course.credits),
      String(item.totalCredits),
    ]),
  );
  return { columns, rows };
}
