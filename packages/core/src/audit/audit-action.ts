/**
 * The actions written to the audit log (docs/domain.md rule 17), `area.verb`. Stored as text, so a name, once used,
 * is never renamed: old entries keep it and the hash chain covers it. Add new names at the end of an area.
 */
export const AuditAction = {
  /** Sign-in with password or SNILS (outcome failure on a wrong password, a blocked or locked account). */
  AUTH_LOGIN: 'auth.login',
  /** The second factor of a sign-in (TOTP, SMS code or a recovery code). */
  AUTH_LOGIN_MFA: 'auth.login_mfa',
  AUTH_LOGOUT: 'auth.logout',
  /** A patient's self-registration, from the form to the confirmed phone. */
  AUTH_REGISTER: 'auth.register',
  AUTH_PASSWORD_RESET: 'auth.password_reset',
  AUTH_MFA_ENROLLED: 'auth.mfa_enrolled',
  AUTH_MFA_DISABLED: 'auth.mfa_disabled',
  /** New one-time recovery codes (the old ones stop working). */
  AUTH_RECOVERY_CODES: 'auth.recovery_codes',
  AUTH_PASSWORD_CHANGE: 'auth.password_change',
  AUTH_LOGOUT_EVERYWHERE: 'auth.logout_everywhere',
  /** A session ended by idle timeout, "log out everywhere" or an admin. */
  SESSION_END: 'session.end',
  /** A read of a person's card (demographics, identifiers). */
  PATIENT_READ: 'patient.read',
  PATIENT_UPDATE: 'patient.update',
  /** "Download all my data" (152-ФЗ access request). */
  PATIENT_EXPORT: 'patient.export',
  /** A registry search for patients (SNILS, OMS, phone, name and birth date); details list the ids shown. */
  PATIENT_SEARCH: 'patient.search',
  /** A walk-in registered by the front desk (issue 13): a card without an account; details name the clinic. */
  PATIENT_CREATE: 'patient.create',
  /** A read of medical data: a visit record, a referral, a result. */
  RECORD_READ: 'record.read',
  RECORD_CREATE: 'record.create',
  RECORD_UPDATE: 'record.update',
  /** A lab report with its results stored (by a laboratory or a practitioner); details list no values. */
  RECORD_LAB_REPORT: 'record.lab_report',
  /** A prescription moved on (signed, sent, dispensed, cancelled, expired). */
  RECORD_PRESCRIPTION_STATUS: 'record.prescription_status',
  /** A certificate or an extract ordered (issue 11 item 6); details name the type and number. */
  DOCUMENT_REQUEST_CREATE: 'document_request.create',
  /** A doctor signed a requested certificate or extract. */
  DOCUMENT_REQUEST_SIGN: 'document_request.sign',
  /** A doctor refused a requested certificate or extract; the reason is kept with the request. */
  DOCUMENT_REQUEST_REJECT: 'document_request.reject',
  /** A ready document's notice e-mailed on request; details name the masked address. */
  DOCUMENT_REQUEST_EMAIL: 'document_request.email',
  /** A practitioner signed a document they wrote (a discharge summary, a certificate, an extract, a protocol). */
  DOCUMENT_SIGN: 'document.sign',
  /** An issued document revoked by its clinic's admin; the reason is kept. */
  DOCUMENT_REVOKE: 'document.revoke',
  /** A request refused by access control (outcome `denied`). */
  ACCESS_DENIED: 'access.denied',
  /** "Break the glass": emergency access to a record outside any care relation; a reason is required. */
  ACCESS_EMERGENCY: 'access.emergency',
  /** An admin reading the emergency-access report; details list the grants and the people they opened. */
  ACCESS_EMERGENCY_REPORT: 'access.emergency_report',
  REPRESENTATIVE_LINK: 'representative.link',
  REPRESENTATIVE_APPROVE: 'representative.approve',
  REPRESENTATIVE_END: 'representative.end',
  CONSENT_GRANT: 'consent.grant',
  CONSENT_REVOKE: 'consent.revoke',
  /** A data-subject request (access, correction, deletion). */
  DATA_REQUEST_CREATE: 'data_request.create',
  /** An admin moving a data-subject request on (in progress, done, rejected). */
  DATA_REQUEST_UPDATE: 'data_request.update',
  /** A data-change request filed by the patient (issue 11 item 5); details name the category, never the value. */
  DATA_CHANGE_CREATE: 'data_change.create',
  /** The patient entered the code sent to the new phone or e-mail of their request. */
  DATA_CHANGE_CONFIRM: 'data_change.confirm',
  /** Clinic staff approved or rejected a data-change request. */
  DATA_CHANGE_DECIDE: 'data_change.decide',
  /** Clinic staff wrote an approved change into the patient's card. */
  DATA_CHANGE_APPLY: 'data_change.apply',
  /** A support ticket opened (issue 17 item 2): by a person through the form or chat, or by the system. */
  SUPPORT_TICKET_CREATE: 'support_ticket.create',
  /** A support ticket moved on (taken, answered, resolved, closed, reopened); details name the statuses. */
  SUPPORT_TICKET_UPDATE: 'support_ticket.update',
  /** A patient applied to attach to a clinic (issue 13 item 2). */
  ATTACHMENT_REQUEST_CREATE: 'attachment_request.create',
  /** The registry of the chosen clinic approved or rejected an attachment request. */
  ATTACHMENT_REQUEST_DECIDE: 'attachment_request.decide',
  /** A registrar attached a patient to their clinic at the desk. */
  ATTACHMENT_DESK: 'attachment.desk',
  /** The registry desk took a patient's waitlist entry off the list on their request (docs/registry.md). */
  WAITLIST_REMOVE: 'waitlist.remove',
  APPOINTMENT_BOOK: 'appointment.book',
  APPOINTMENT_CANCEL: 'appointment.cancel',
  /** A visit moved to another slot (the old appointment `rescheduled`, the new one `booked`). */
  APPOINTMENT_RESCHEDULE: 'appointment.reschedule',
  /** Confirmed by the patient, checked in at the desk, fulfilled or a no-show marked by the practitioner. */
  APPOINTMENT_STATUS: 'appointment.status',
  /** The ticket of a visit emailed on request; details name the masked address. */
  APPOINTMENT_TICKET_EMAIL: 'appointment.ticket_email',
  /** A patient's (or representative's) review of a fulfilled visit. */
  APPOINTMENT_REVIEW: 'appointment.review',
  /** A patient's (or representative's) survey of a fulfilled visit: the clinic's service (docs/surveys.md). */
  APPOINTMENT_SURVEY: 'appointment.survey',
  /** Account management by an admin: create, block, roles. */
  ADMIN_ACCOUNT_CHANGE: 'admin.account_change',
  /** A search of this log: reading the log is itself logged. */
  ADMIN_AUDIT_SEARCH: 'admin.audit_search',
  /** A system admin ran the audit chain's check from the admin page (`POST /admin/audit/verify`). */
  ADMIN_AUDIT_VERIFY: 'admin.audit_verify',
  /** Staff overriding a rule (a booking limit, a referral requirement); a reason is required. */
  OVERRIDE: 'override',
  /** A weekly template of a practitioner role created, changed or deleted (slots regenerated with it). */
  SCHEDULE_CHANGE: 'schedule.change',
  /** An absence or extra hours of a practitioner role added or removed. */
  SCHEDULE_EXCEPTION_CHANGE: 'schedule.exception_change',
  /** A booked slot left outside working hours by a schedule change: the clinic admin must resolve it. */
  SCHEDULE_CONFLICT: 'schedule.conflict',
  /** A file uploaded (docs/domain.md rule 23); details name its type and size, never its name. */
  UPLOAD_CREATE: 'upload.create',
  /** A clinic admin approved or cancelled a practitioner's course enrolment (issue 12 item 8). */
  COURSE_ENROLMENT_DECIDE: 'course_enrolment.decide',
  /** A doctor or nurse submitted an application (issue 12 item 9); details name its type and number. */
  STAFF_APPLICATION_CREATE: 'staff_application.create',
  /** A clinic admin took an application in review, approved or rejected it. */
  STAFF_APPLICATION_DECIDE: 'staff_application.decide',
  /** A staff certificate (справка о стаже, подтверждение квалификации) generated, signed and stored. */
  STAFF_CERTIFICATE_ISSUE: 'staff_certificate.issue',
  /** A system admin opened an incident on the public status page (issue 13 item 5). */
  STATUS_INCIDENT_OPEN: 'status.incident_open',
  /** A system admin posted an update (and status) of a status-page incident. */
  STATUS_INCIDENT_UPDATE: 'status.incident_update',
  /** An integration client registered by the system admin (issue 14); details name its scopes. */
  INTEGRATION_CLIENT_CREATE: 'integration_client.create',
  /** An integration client revoked: its tokens stop working at once. */
  INTEGRATION_CLIENT_REVOKE: 'integration_client.revoke',
  /** `POST /oauth/token`: a token issued (success) or refused (failure, with the OAuth error as reason). */
  OAUTH_TOKEN: 'oauth.token',
  /** A FHIR or HL7 call of an integration client; details name the client, the interaction and the type. */
  FHIR_CALL: 'fhir.call',
  /** A participant joined a video visit's room (issue 17 item 1); details name the side (patient, practitioner). */
  VIDEO_JOIN: 'video.join',
  /** A participant shared an upload in a video visit's room; details name the side and the file id. */
  VIDEO_FILE_SHARE: 'video.file_share',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

const KNOWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(AuditAction));

/** True for one of the documented action names. */
export const isAuditAction = (value: string): value is AuditAction => KNOWN_ACTIONS.has(value);
