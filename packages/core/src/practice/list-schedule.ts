import type { Principal, RequestOrigin } from '../identity';
import { ageOnDate } from '../records';
import { type Clock, localDate } from '../shared';
import type { PracticeStore } from './practice.ports';
import type { ScheduleItem, ScheduleView } from './practice.types';
import { practitionerScopeOf } from './practitioner-scope';
import { readWindow, scheduleDays } from './schedule-window';

export interface PracticeDeps {
  practice: PracticeStore;
  clock: Clock;
  /** The keyed hashes a SNILS may be stored under (current and, while keys rotate, previous look-up key). */
  lookupHashes(normalised: string): string[];
}

/**
 * The practitioner's own visits (issue 12 item 2) on a clinic-local day or its week, at every clinic where
 * they work, in time order: the patient's name and age on the visit's day, the reason, the status and
 * whether the patient has checked in. Reading patients' visit reasons is a read of medical data by someone
 * other than the patient, so each patient shown gets a `record.read` entry (rule 17); the visit's own
 * practitioner reads it on the care basis.
 */
export async function listSchedule(
  deps: PracticeDeps,
  principal: Principal,
  input: { date: string; view: ScheduleView; origin: RequestOrigin },
): Promise<ScheduleItem[]> {
  const scope = practitionerScopeOf(principal);
  const days = scheduleDays(input.date, input.view);
  const window = readWindow(days);
  const now = deps.clock.now();
  return deps.practice.transaction(async (repos) => {
    const rows = await repos.practice.schedule(scope, window.from, window.to);
    const items = rows.flatMap(({ patient, ...row }): ScheduleItem[] => {
      const day = localDate(row.startsAt, row.organization.timeZone);
      if (day < days.first || day > days.last) return [];
      return [
        {
          ...row,
          localDate: day,
          hasArrived: row.arrivedAt !== null,
          patient: { id: patient.id, fullName: patient.fullName, age: ageOnDate(patient.birthDate, day) },
        },
      ];
    });
    for (const patientId of new Set(items.map((item) => item.patient.id))) {
      await repos.audit.record({
        actorAccountId: principal.accountId,
        actorRole: principal.roles.find((g) => g.role === 'doctor' || g.role === 'nurse')?.role ?? null,
        subjectPatientId: patientId,
        action: 'record.read',
        recordType: 'practitioner_schedule',
        recordId: patientId,
        outcome: 'success',
        ip: input.origin.ip,
        userAgent: input.origin.userAgent,
        details: {
          basis: 'care',
          appointmentIds: items.filter((i) => i.patient.id === patientId).map((i) => i.id),
        },
        occurredAt: now,
      });
    }
    return items;
  });
}
