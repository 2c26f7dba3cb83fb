import { buildDedupeKey } from '../messaging';
import { enqueueAppointmentMessages } from '../notifications';
import { localDate } from '../shared';
import type { RecordsRepos } from './records.ports';

/** `2026-12-30` → `30.12.2026`. */
const russianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

/** The web app's page of a result; the patient card shows it with a way to book the ordering doctor. */
export const resultLink = (reportId: string, patientId: string) =>
  `/records/results/${reportId}?patientId=${patientId}`;

export interface LabAlert {
  reportId: string;
  patientId: string;
  effectiveAt: Date;
  orderedBy: { id: string; name: string } | null;
  timeZone: string;
  hasCritical: boolean;
}

/**
 * A new result out of range (issue 11, item 3; docs/domain.md rule 25), written to the outbox in the
 * transaction that stores it (rule 22). The patient — or, for a ward without an account, a representative —
 * hears in the app and by push that a result is out of range, with the link to it and to the ordering
 * doctor's page to book; SMS and email only say that a new result is ready. No message names the analyte or
 * carries a value: those are behind the login. A critical value (`LL`, `HH`) also goes to the ordering
 * practitioner's in-app list.
 */
export async function enqueueLabAlerts(
  repos: Pick<RecordsRepos, 'outbox' | 'recipients' | 'facts'>,
  alert: LabAlert,
  now: Date,
): Promise<void> {
  const date = russianDate(localDate(alert.effectiveAt, alert.timeZone));
  const link = resultLink(alert.reportId, alert.patientId);
  const representative = await repos.facts.representativeAccountId(alert.patientId);
  await enqueueAppointmentMessages(
    repos,
    {
      event: 'record.lab_result_out_of_range',
      template: 'lab_result_out_of_range',
      // The dedupe key names the occurrence: the report.
      appointmentId: alert.reportId,
      patientId: alert.patientId,
      bookedByAccountId: representative,
      timeZone: alert.timeZone,
      payload: {
        date,
        link,
        ...(alert.orderedBy
          ? { practitioner: alert.orderedBy.name, bookLink: `/doctors/${alert.orderedBy.id}` }
          : {}),
      },
      isRecipientAction: false,
    },
    now,
  );
  if (!alert.hasCritical || !alert.orderedBy) return;
  const accountId = await repos.facts.practitionerAccountId(alert.orderedBy.id);
  const patient = await repos.facts.patientFacts(alert.patientId);
  if (!accountId || !patient) return;
  await repos.outbox.enqueue({
    event: 'record.lab_result_critical',
    channel: 'in_app',
    recipient: accountId,
    accountId,
    template: 'lab_result_critical',
    payload: { patient: patient.shortName, date, link },
    dedupeKey: buildDedupeKey({
      event: 'record.lab_result_critical',
      eventId: alert.reportId,
      channel: 'in_app',
      recipient: accountId,
    }),
  });
}
