import { DomainError, type FieldError } from '../shared';
import { StaffApplicationsErrorCode } from './staff-applications.errors';
import type { ApplicationFields, StaffApplicationType } from './staff-applications.types';

export type FormFieldKind = 'line' | 'text' | 'date';

export interface FormField {
  name: string;
  kind: FormFieldKind;
  required: boolean;
}

export interface ApplicationForm {
  fields: readonly FormField[];
  /** A document must be attached (health leave: the medical document behind it). */
  attachmentRequired: boolean;
}

/** A short line (a department, a topic, a subject) and a longer text (a reason, a complaint). */
export const MAX_LINE = 200;
export const MAX_TEXT = 2000;
/** At most this many documents per application (each an upload: PDF, JPEG or PNG ≤ 5 MB). */
export const MAX_ATTACHMENTS = 5;

const line = (name: string, required = true): FormField => ({ name, kind: 'line', required });
const text = (name: string, required = true): FormField => ({ name, kind: 'text', required });
const date = (name: string): FormField => ({ name, kind: 'date', required: true });

/**
 * The form of each type (seed 004 «Подача заявлений и обращений»). `from`/`to` are a period, both days
 * included; a transfer has only its first day. A labour complaint names its applicant: the clinic must answer
 * the applicant (Labour Code art. 352), and only the clinic's admins read the queue — never the department.
 */
export const APPLICATION_FORMS: Record<StaffApplicationType, ApplicationForm> = {
  transfer: { fields: [line('department'), date('from'), text('reason')], attachmentRequired: false },
  training: {
    fields: [line('topic'), date('from'), date('to'), text('comment', false)],
    attachmentRequired: false,
  },
  allowance: {
    fields: [line('allowanceKind'), date('from'), date('to'), text('reason')],
    attachmentRequired: false,
  },
  health_leave: { fields: [date('from'), date('to'), text('reason')], attachmentRequired: true },
  labour_complaint: { fields: [line('subject'), text('text')], attachmentRequired: false },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isIsoDate = (value: string) =>
  ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * The type's fields checked and trimmed: every required one present, lines and texts within their length,
 * dates real, a period not ending before it starts, the required attachment there. Unknown keys are dropped.
 * All problems at once, each on its field (`body.fields.<name>`).
 */
export function checkApplicationForm(
  type: StaffApplicationType,
  input: { fields: Readonly<Record<string, string | undefined>>; attachmentCount: number },
): ApplicationFields {
  const form = APPLICATION_FORMS[type];
  const errors: FieldError[] = [];
  const fields: ApplicationFields = {};
  for (const field of form.fields) {
    const value = (input.fields[field.name] ?? '').trim();
    const path = `body.fields.${field.name}`;
    if (!value) {
      if (field.required) errors.push({ field: path, message: 'Заполните поле', code: 'required' });
      continue;
    }
    const max = field.kind === 'line' ? MAX_LINE : MAX_TEXT;
    if (field.kind === 'date' && !isIsoDate(value)) {
      errors.push({ field: path, message: 'Укажите дату', code: 'date' });
    } else if (field.kind !== 'date' && value.length > max) {
      errors.push({ field: path, message: `Не длиннее ${max} символов`, code: 'too_long' });
    }
    fields[field.name] = value;
  }
  if (fields.from && fields.to && isIsoDate(fields.from) && isIsoDate(fields.to) && fields.to < fields.from) {
    errors.push({
      field: 'body.fields.to',
      message: 'Период не может закончиться раньше начала',
      code: 'period',
    });
  }
  if (errors.length > 0) {
    throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_INVALID, {
      field: errors[0]!.field,
      fieldErrors: errors,
    });
  }
  if (input.attachmentCount > MAX_ATTACHMENTS) {
    throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_ATTACHMENT_INVALID, {
      field: 'body.attachmentIds',
    });
  }
  if (form.attachmentRequired && input.attachmentCount === 0) {
    throw new DomainError(StaffApplicationsErrorCode.STAFF_APPLICATION_ATTACHMENT_REQUIRED, {
      field: 'body.attachmentIds',
    });
  }
  return fields;
}
