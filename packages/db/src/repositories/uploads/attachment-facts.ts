import { mayDecideLink } from '@talon/core/access';
import { handlesAttachmentTo } from '@talon/core/attachment';
import { handlesPatientOf } from '@talon/core/data-changes';
import { readsStaffApplicationOf } from '@talon/core/staff-applications';
import { handlesSupportTicketOf } from '@talon/core/support';
import type { StoredFileRecord, UploadAttachmentFactsPort } from '@talon/core/uploads';
import { isVisitPractitioner } from '@talon/core/video';
import { and, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import {
  appointments,
  attachmentRequests,
  dataChangeRequests,
  patients,
  representativeLinks,
  staffApplications,
  supportTickets,
} from '../../schema';

type Caller = Parameters<UploadAttachmentFactsPort['factsFor']>[0];

const NOT_HANDLED = { isHandledByCaller: false, subjectPatientId: null };

/**
 * Whether a caller handles the request a file is attached to, answered by the rule of the module that owns
 * it. A representative link's scan is read by the staff who may decide the link (the registry of the ward's
 * clinic; a system admin for a ward with no clinic); a data-change request's scan by the staff handling the
 * request (the registry or admin of the patient's clinic, a system admin); an attachment request's scan by
 * the registry of the clinic the patient applied to (a system admin); a staff application's document by the
 * admins of the application's clinic (it is no patient's data); a file shared in a video visit's room by
 * the visit's two sides (its practitioner, the patient or their active representative). The modules that take uploads
 * later (certificate requests, qualifications) answer here for their type; until then nobody
 * but the owner reads those. A document's PDF is read through the medical record, not as an upload.
 */
export function createAttachmentFacts(db: DbExecutor): UploadAttachmentFactsPort {
  const dataChangeFacts = async (caller: Caller, id: string) => {
    const [request] = await db
      .select({ patientId: dataChangeRequests.patientId, organizationId: patients.attachedOrganizationId })
      .from(dataChangeRequests)
      .innerJoin(patients, eq(patients.id, dataChangeRequests.patientId))
      .where(eq(dataChangeRequests.id, id));
    if (!request) return NOT_HANDLED;
    return {
      isHandledByCaller: handlesPatientOf(caller, request.organizationId),
      subjectPatientId: request.patientId,
    };
  };
  const attachmentFacts = async (caller: Caller, id: string) => {
    const [request] = await db
      .select({ patientId: attachmentRequests.patientId, organizationId: attachmentRequests.organizationId })
      .from(attachmentRequests)
      .where(eq(attachmentRequests.id, id));
    if (!request) return NOT_HANDLED;
    return {
      isHandledByCaller: handlesAttachmentTo(caller, request.organizationId),
      subjectPatientId: request.patientId,
    };
  };
  const staffApplicationFacts = async (caller: Caller, id: string) => {
    const [application] = await db
      .select({ organizationId: staffApplications.organizationId })
      .from(staffApplications)
      .where(eq(staffApplications.id, id));
    if (!application) return NOT_HANDLED;
    return {
      isHandledByCaller: readsStaffApplicationOf(caller, application.organizationId),
      subjectPatientId: null,
    };
  };
  const supportFacts = async (caller: Caller, id: string) => {
    const [ticket] = await db
      .select({ organizationId: supportTickets.organizationId })
      .from(supportTickets)
      .where(eq(supportTickets.id, id));
    if (!ticket) return NOT_HANDLED;
    return {
      isHandledByCaller: handlesSupportTicketOf(caller, ticket.organizationId),
      subjectPatientId: null,
    };
  };
  const videoRoomFacts = async (caller: Caller, id: string) => {
    const [appointment] = await db
      .select({
        patientId: appointments.patientId,
        practitionerId: appointments.practitionerId,
        organizationId: appointments.organizationId,
      })
      .from(appointments)
      .where(eq(appointments.id, id));
    if (!appointment) return NOT_HANDLED;
    const facts = { isHandledByCaller: true, subjectPatientId: appointment.patientId };
    if (
      isVisitPractitioner({ practitionerId: caller.practitionerId ?? null, roles: caller.roles }, appointment)
    ) {
      return facts;
    }
    if (!caller.patientId) return NOT_HANDLED;
    if (caller.patientId === appointment.patientId) return facts;
    const [link] = await db
      .select({ id: representativeLinks.id })
      .from(representativeLinks)
      .where(
        and(
          eq(representativeLinks.representativePatientId, caller.patientId),
          eq(representativeLinks.wardPatientId, appointment.patientId),
          eq(representativeLinks.status, 'active'),
        ),
      );
    return link ? facts : NOT_HANDLED;
  };
  return {
    async factsFor(caller, file: StoredFileRecord) {
      if (file.attachedTo?.type === 'video_room') return videoRoomFacts(caller, file.attachedTo.id);
      if (file.attachedTo?.type === 'support_ticket') return supportFacts(caller, file.attachedTo.id);
      if (file.attachedTo?.type === 'staff_application') {
        return staffApplicationFacts(caller, file.attachedTo.id);
      }
      if (file.attachedTo?.type === 'attachment_request') return attachmentFacts(caller, file.attachedTo.id);
      if (file.attachedTo?.type === 'data_change_request') return dataChangeFacts(caller, file.attachedTo.id);
      if (file.attachedTo?.type !== 'representative_link') return NOT_HANDLED;
      const [link] = await db
        .select({
          wardPatientId: representativeLinks.wardPatientId,
          wardOrganizationId: patients.attachedOrganizationId,
        })
        .from(representativeLinks)
        .innerJoin(patients, eq(patients.id, representativeLinks.wardPatientId))
        .where(eq(representativeLinks.id, file.attachedTo.id));
      if (!link) return NOT_HANDLED;
      return { isHandledByCaller: mayDecideLink(caller, link), subjectPatientId: link.wardPatientId };
    },
  };
}
