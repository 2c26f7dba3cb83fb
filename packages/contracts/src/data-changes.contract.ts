import { DATA_CHANGE_CATEGORIES } from '@talon/vocabulary';
import { pageOf, paginationQuery } from './pagination.contract';
import { ZText, z } from './zod';

/** Data-change requests (issue 11 item 5): the patient files and confirms, the clinic's staff decide and apply. */

const ZDateTime = z.iso.datetime({ offset: true });

export const DATA_CHANGE_STATUS_VALUES = ['in_progress', 'approved', 'applied', 'rejected'] as const;

export const ZDataChangeCategory = z
  .enum(DATA_CHANGE_CATEGORIES)
  .describe(
    'full_name «Фамилия Имя [Отчество]», birth_date (ДД.ММ.ГГГГ or YYYY-MM-DD), address, phone (+7…), email, ' +
      'oms_policy (ЕНП, 16 digits with its check digit), identity_document (passport series and number), other',
  );
export const ZDataChangeStatus = z
  .enum(DATA_CHANGE_STATUS_VALUES)
  .describe(
    'in_progress «В работе», approved «Одобрено», applied «Изменения применены», rejected «Отклонено»',
  );

export const ZCreateDataChangeRequest = z
  .object({
    category: ZDataChangeCategory,
    newValue: ZText(1000).min(1).describe('Checked and normalised by the category'),
    reason: ZText(1000).min(1),
    attachmentIds: z
      .array(z.uuid())
      .max(5)
      .default([])
      .describe('The caller’s own uploads (POST /api/v1/uploads): scans of the documents, PNG/JPEG/PDF'),
  })
  .meta({ id: 'CreateDataChangeRequest' });
export type TCreateDataChangeRequest = z.input<typeof ZCreateDataChangeRequest>;

const dataChangeFields = {
  id: z.uuid(),
  number: z.string().describe('`ИЗМ-2026-000123`'),
  category: ZDataChangeCategory,
  status: ZDataChangeStatus,
  statusLabel: z.string(),
  newValue: z.string(),
  reason: z.string(),
  comment: z.string().nullable().describe('The staff’s comment on the decision'),
  attachmentIds: z.array(z.uuid()),
  needsConfirmation: z.boolean().describe('A new phone or e-mail waits for the code sent to it'),
  confirmedAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
  dueAt: ZDateTime.describe(
    'Correction deadline: 7 working days (152-ФЗ ст. 20), end of the day, Moscow time',
  ),
  decidedAt: ZDateTime.nullable(),
  appliedAt: ZDateTime.nullable(),
  isOverdue: z.boolean(),
};

export const ZDataChangeRequest = z.object(dataChangeFields).meta({ id: 'DataChangeRequest' });
export type TDataChangeRequest = z.infer<typeof ZDataChangeRequest>;

export const ZDataChangeRequestList = z
  .object({ items: z.array(ZDataChangeRequest) })
  .meta({ id: 'DataChangeRequestList' });

export const ZDataChangeCode = z
  .object({ code: z.string().regex(/^\d{6}$/, { message: 'Код состоит из 6 цифр' }) })
  .meta({ id: 'DataChangeCode' });

export const ZAdminDataChangeRequest = z
  .object({ ...dataChangeFields, patientId: z.uuid() })
  .meta({ id: 'AdminDataChangeRequest' });
export type TAdminDataChangeRequest = z.infer<typeof ZAdminDataChangeRequest>;
export const ZAdminDataChangeRequestPage = pageOf(ZAdminDataChangeRequest).meta({
  id: 'AdminDataChangeRequestPage',
});

export const ZAdminDataChangeRequestsQuery = z.object({
  status: ZDataChangeStatus.optional(),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true')
    .describe('`true`: only open requests (in progress, approved) past their deadline'),
  ...paginationQuery,
});

export const ZDataChangeDecision = z
  .object({
    decision: z.enum(['approve', 'reject']),
    comment: ZText(1000).optional().describe('Required for a rejection: the patient reads it'),
  })
  .meta({ id: 'DataChangeDecision' });
