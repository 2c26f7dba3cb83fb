import { enqueueAppointmentMessages } from '../notifications';
import type { RecordsRepos } from './records.ports';
import type { MedicationRequestView } from './records.types';

/** The patient card's page of their prescriptions. */
export const prescriptionsLink = (patientId: string) => `/records/prescriptions?patientId=${patientId}`;

/**
 * The patient hears that a prescription went to the pharmacy and that it was dispensed (issue 12, item 4):
 * in the app and by push only, and by its number — never the medicine, which a locked screen would show and
 * which SMS and email never carry (rule 24). A ward without an account: its representative hears.
 */
export async function enqueuePrescriptionMessage(
  repos: Pick<RecordsRepos, 'outbox' | 'recipients' | 'facts'>,
  prescription: MedicationRequestView,
  event: 'sent' | 'dispensed',
  now: Date,
): Promise<void> {
  const representative = await repos.facts.representativeAccountId(prescription.patientId);
  await enqueueAppointmentMessages(
    repos,
    {
      event: `record.prescription_${event}`,
      template: event === 'sent' ? 'prescription_sent' : 'prescription_dispensed',
      // The dedupe key names the occurrence: the prescription (each event once).
      appointmentId: prescription.id,
      patientId: prescription.patientId,
      bookedByAccountId: representative,
      timeZone: await repos.facts.organizationTimeZone(prescription.organization?.id ?? null),
      payload: { number: prescription.number, link: prescriptionsLink(prescription.patientId) },
      isRecipientAction: false,
      channels: ['in_app', 'push'],
    },
    now,
  );
}
