import type { EnrolmentView, PractitionerCredits } from './courses.types';

/**
 * The clinic's report of completed courses (issue 12 item 8). The rule: an enrolment counts as completed when
 * it is approved and its course ended before `today` (the last day is over) — the system keeps no separate
 * attendance or exam record, so approval plus an ended course is the evidence it has. Each completed course
 * counts once per practitioner with its credits; practitioners by name.
 */
export function creditsByPractitioner(
  enrolments: readonly EnrolmentView[],
  today: string,
): PractitionerCredits[] {
  const byPractitioner = new Map<string, PractitionerCredits>();
  for (const e of enrolments) {
    if (e.status !== 'approved' || e.course.endsOn >= today) continue;
    const key = `${e.practitioner.id}:${e.organization.id}`;
    const entry = byPractitioner.get(key) ?? {
      practitioner: e.practitioner,
      organization: e.organization,
      courses: [],
      totalCredits: 0,
    };
    if (entry.courses.some((c) => c.id === e.course.id)) continue;
    entry.courses.push({
      id: e.course.id,
      title: e.course.title,
      endsOn: e.course.endsOn,
      credits: e.course.credits,
    });
    entry.totalCredits += e.course.credits;
    byPractitioner.set(key, entry);
  }
  for (const entry of byPractitioner.values()) entry.courses.sort((a, b) => a.endsOn.localeCompare(b.endsOn));
  return [...byPractitioner.values()].sort(
    (a, b) =>
      a.practitioner.name.localeCompare(b.practitioner.name, 'ru') ||
      a.organization.name.localeCompare(b.organization.name, 'ru'),
  );
}
